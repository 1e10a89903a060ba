using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pamong.Platform.Data;

namespace Pamong.Platform.Regions;

/// <summary>
/// The region list in memory (all 91,599 regions, about 20 MB), loaded from the database once and
/// shared by every request: lookups, children, parent chains and search cost no query.
/// The import resets it; a region list changed by another process is seen after a restart.
/// </summary>
public sealed class RegionDirectory(IServiceScopeFactory scopes) : IStartupStep
{
    private readonly Lock _gate = new();
    private volatile RegionTree? _tree;

    /// <summary>Loads the list right after the import, so that the first request does not wait for it.</summary>
    public int Order => 11;

    public RegionTree Tree => _tree ?? Load();

    public Task RunAsync(IServiceProvider services, CancellationToken ct)
    {
        _ = Tree;
        return Task.CompletedTask;
    }

    /// <summary>Forgets the loaded list; the next use reads it again.</summary>
    public void Reset() => _tree = null;

    private RegionTree Load()
    {
        lock (_gate)
        {
            if (_tree is { } loaded)
            {
                return loaded;
            }

            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<PamongDb>();
            var tree = new RegionTree(db.Regions.AsNoTracking().ToList());
            _tree = tree;
            return tree;
        }
    }
}

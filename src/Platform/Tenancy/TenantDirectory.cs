using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pamong.Platform.Data;

namespace Pamong.Platform.Tenancy;

/// <summary>
/// The list of Pemda on this deployment, cached in memory for a minute (it changes rarely; another
/// instance of a scaled-out deployment sees a new Pemda within that time).
/// </summary>
public sealed class TenantDirectory(IServiceScopeFactory scopes, TimeProvider clock)
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(1);

    private volatile Snapshot? _snapshot;

    public IReadOnlyList<Tenant> All
    {
        get
        {
            var now = clock.GetUtcNow();
            var snapshot = _snapshot;
            if (snapshot is null || now - snapshot.LoadedAt >= CacheFor)
            {
                _snapshot = snapshot = new Snapshot(Load(), now);
            }

            return snapshot.Tenants;
        }
    }

    public Tenant? Find(string? id) => All.FirstOrDefault(t => t.Id == id);

    public bool Exists(string? id) => Find(id) is not null;

    public string? FindByHost(string host) =>
        All.FirstOrDefault(t => t.Hosts.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Contains(host, StringComparer.OrdinalIgnoreCase))?.Id;

    /// <summary>Forget the cached list after a tenant was added or changed.</summary>
    public void Refresh() => _snapshot = null;

    private sealed record Snapshot(IReadOnlyList<Tenant> Tenants, DateTimeOffset LoadedAt);

    private List<Tenant> Load()
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PamongDb>();
        return db.Tenants.AsNoTracking().OrderBy(t => t.Id).ToList();
    }
}

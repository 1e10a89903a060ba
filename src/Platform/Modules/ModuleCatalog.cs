using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Microsoft.EntityFrameworkCore;
using Pamong.Platform.Data;

namespace Pamong.Platform.Modules;

/// <summary>
/// The modules this deployment was built with, and which of them each Pemda has switched on. The
/// switches are cached per Pemda for <see cref="CacheFor"/>, so that another instance of a scaled-out
/// deployment sees a change within that time.
/// </summary>
public sealed class ModuleCatalog(IEnumerable<PamongModule> modules, TimeProvider clock)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, (HashSet<string> Enabled, DateTimeOffset LoadedAt)> _enabled = new();

    public IReadOnlyList<PamongModule> All { get; } = modules.ToList();

    public PamongModule? Find(string id) => All.FirstOrDefault(m => m.Id == id);

    public async Task<bool> IsEnabledAsync(PamongDb db, string moduleId, CancellationToken ct = default) =>
        (await EnabledAsync(db, ct)).Contains(moduleId);

    /// <summary>The switched-on modules of a Pemda when they are cached and fresh, without touching the database.</summary>
    public bool TryGetCached(string tenantId, [NotNullWhen(true)] out IReadOnlySet<string>? enabled)
    {
        if (_enabled.TryGetValue(tenantId, out var cached) && clock.GetUtcNow() - cached.LoadedAt < CacheFor)
        {
            enabled = cached.Enabled;
            return true;
        }

        enabled = null;
        return false;
    }

    public async Task<IReadOnlySet<string>> EnabledAsync(PamongDb db, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        if (TryGetCached(db.TenantId, out var cached))
        {
            return cached;
        }

        var ids = await db.ModuleSwitches.Where(s => s.Enabled).Select(s => s.ModuleId).ToListAsync(ct);
        var set = ids.ToHashSet();
        _enabled[db.TenantId] = (set, now);
        return set;
    }

    public async Task SwitchAsync(PamongDb db, string moduleId, bool enabled, CancellationToken ct = default)
    {
        if (Find(moduleId) is null)
        {
            throw new ArgumentException($"Unknown module '{moduleId}'.", nameof(moduleId));
        }

        var row = await db.ModuleSwitches.FirstOrDefaultAsync(s => s.ModuleId == moduleId, ct);
        if (row is null)
        {
            row = new ModuleSwitch { ModuleId = moduleId };
            db.ModuleSwitches.Add(row);
        }

        row.Enabled = enabled;
        row.ChangedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        _enabled.TryRemove(db.TenantId, out _);
    }
}

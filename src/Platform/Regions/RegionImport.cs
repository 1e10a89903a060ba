using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pamong.Platform.Data;

namespace Pamong.Platform.Regions;

/// <summary>
/// Loads the shipped region list into the database. Idempotent: when the loaded version equals the
/// shipped one it does nothing; otherwise it inserts new codes and updates changed names and parents
/// (codes that disappeared are kept, since older records may still carry them).
/// Fast: one transaction, a prepared statement on SQLite and binary COPY on PostgreSQL.
/// </summary>
public sealed class RegionImport(IServiceScopeFactory scopes, RegionDirectory directory, TimeProvider clock) : IStartupStep
{
    public int Order => 10;

    public Task RunAsync(IServiceProvider services, CancellationToken ct) => ImportAsync(force: false, ct);

    /// <summary>Returns the number of regions inserted or updated (0 when already current).</summary>
    public async Task<int> ImportAsync(bool force, CancellationToken ct = default)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PamongDb>();
        var fingerprint = RegionData.Fingerprint();
        var loaded = await db.ReferenceDataVersions.FirstOrDefaultAsync(v => v.Name == "regions", ct);
        if (!force && loaded?.Version == fingerprint)
        {
            return 0;
        }

        var existing = await db.Regions.AsNoTracking().ToDictionaryAsync(r => r.Code, r => (r.Name, r.ParentCode), ct);
        var all = RegionData.Read().ToList();
        var fresh = all.Where(r => !existing.ContainsKey(r.Code)).ToList();
        var changed = all.Where(r => existing.TryGetValue(r.Code, out var old) && (old.Name != r.Name || old.ParentCode != r.ParentCode)).ToList();

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var rows = new BulkRows("Regions", "Code", "Name", "Level", "ParentCode", "SearchName");
        foreach (var region in fresh)
        {
            rows.Add(region.Code, region.Name, (int)region.Level, region.ParentCode, region.SearchName);
        }

        await rows.WriteAsync(db, ct);

        foreach (var region in changed)
        {
            await db.Regions.Where(r => r.Code == region.Code).ExecuteUpdateAsync(s => s
                .SetProperty(r => r.Name, region.Name)
                .SetProperty(r => r.SearchName, region.SearchName)
                .SetProperty(r => r.ParentCode, region.ParentCode), ct);
        }

        if (loaded is null)
        {
            db.ReferenceDataVersions.Add(new ReferenceDataVersion { Name = "regions", Version = fingerprint, LoadedAt = clock.GetUtcNow() });
        }
        else
        {
            loaded.Version = fingerprint;
            loaded.LoadedAt = clock.GetUtcNow();
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        directory.Reset();
        return fresh.Count + changed.Count;
    }
}

using Microsoft.EntityFrameworkCore;
using Pamong.Platform.Data;
using Pamong.SocialProtection.Data;

namespace Pamong.SocialProtection.DataQuality;

/// <summary>
/// Stores a pass's findings by their stable key: a new key is a new open finding; a known key with the same
/// evidence is left alone (a resolved finding stays resolved); changed evidence updates it and reopens it if it
/// was resolved; a key the pass no longer produces is marked not current (the problem was fixed elsewhere).
/// </summary>
public sealed class FindingStore(PerlinsosDb db, TimeProvider clock)
{
    private const int Batch = 20_000;

    public sealed record Stored(int Findings, int New, int Changed, int Reopened, int Gone);

    public async Task<Stored> UpsertAsync(IReadOnlyList<FindingDraft> drafts, CancellationToken ct)
    {
        var now = clock.GetUtcNow().ToUniversalTime();
        var existing = await db.Findings.AsNoTracking()
            .Select(f => new { f.Id, f.Key, f.EvidenceHash, f.Status, f.Current })
            .ToDictionaryAsync(f => f.Key, ct);
        var unique = new Dictionary<string, FindingDraft>();
        foreach (var d in drafts)
        {
            unique.TryAdd(d.Key, d);
        }

        var fresh = new BulkRows("PerlinsosDataQualityFindings", "TenantId", "Key", "Kind", "Nik", "KkNumber", "VillageCode", "Evidence", "EvidenceHash",
            "Status", "FirstFoundAt", "LastFoundAt", "Current");
        var created = 0;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var changed = new Dictionary<int, (FindingDraft Draft, string Hash)>();
        var back = new HashSet<int>();
        foreach (var (key, d) in unique)
        {
            var hash = d.Hash();
            if (!existing.TryGetValue(key, out var known))
            {
                fresh.Add(db.TenantId, key, d.Kind.ToString(), d.Nik, d.KkNumber, d.VillageCode, d.Evidence, hash, nameof(FindingStatus.Open), now, now, true);
                created++;
                if (fresh.Count == Batch)
                {
                    await fresh.WriteAsync(db, ct);
                }
            }
            else if (known.EvidenceHash != hash)
            {
                changed[known.Id] = (d, hash);
            }
            else if (!known.Current)
            {
                back.Add(known.Id);
            }
        }

        var gone = existing.Values.Where(f => f.Current && !unique.ContainsKey(f.Key)).Select(f => f.Id).ToList();
        await fresh.WriteAsync(db, ct);
        await transaction.CommitAsync(ct);

        var reopened = 0;
        foreach (var chunk in changed.Keys.Concat(back).Concat(gone).Chunk(Batch))
        {
            var rows = await db.Findings.Where(f => EF.Parameter(chunk).Contains(f.Id)).ToListAsync(ct);
            foreach (var f in rows)
            {
                if (changed.TryGetValue(f.Id, out var c))
                {
                    (f.Evidence, f.EvidenceHash, f.VillageCode, f.Nik, f.KkNumber, f.LastFoundAt, f.Current) =
                        (c.Draft.Evidence, c.Hash, c.Draft.VillageCode, c.Draft.Nik, c.Draft.KkNumber, now, true);
                    if (f.Status != FindingStatus.Open)
                    {
                        (f.Status, f.Resolution, f.ResolvedBy, f.ResolvedAt, f.Reason) = (FindingStatus.Open, null, null, null, null);
                        reopened++;
                    }
                }
                else
                {
                    f.Current = back.Contains(f.Id);
                    f.LastFoundAt = f.Current ? now : f.LastFoundAt;
                }
            }

            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }

        return new Stored(unique.Count, created, changed.Count, reopened, gone.Count);
    }
}

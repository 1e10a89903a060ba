using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Pamong.Platform.Data;

namespace Pamong.Platform.AuditTrail;

/// <summary>
/// Appends new audit records to their tenants' chains and saves them with the change they describe,
/// in one transaction. Appends are serialised: in-process by a lock, across processes on PostgreSQL
/// by a transaction-scoped advisory lock (SQLite allows one writer at a time anyway).
/// </summary>
internal static class AuditSealer
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public static async Task<int> SaveSealedAsync(PamongDb db, List<AuditRecord> pending, Func<CancellationToken, Task<int>> save, CancellationToken ct)
    {
        await Gate.WaitAsync(ct);
        try
        {
            var owns = db.Database.CurrentTransaction is null;
            IDbContextTransaction? transaction = owns ? await db.Database.BeginTransactionAsync(ct) : null;
            try
            {
                if (db.Database.IsNpgsql())
                {
                    await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(7726643)", ct);
                }

                foreach (var chain in pending.GroupBy(r => r.TenantId))
                {
                    var last = await db.AuditRecords.IgnoreQueryFilters()
                        .Where(r => r.TenantId == chain.Key)
                        .OrderByDescending(r => r.Sequence)
                        .Select(r => new { r.Sequence, r.Hash })
                        .FirstOrDefaultAsync(ct);
                    var (sequence, hash) = last is null ? (0L, AuditChain.Genesis) : (last.Sequence, last.Hash);
                    foreach (var record in chain)
                    {
                        record.OccurredAt = AuditCapture.Truncate(record.OccurredAt);
                        AuditChain.Seal(record, sequence, hash);
                        (sequence, hash) = (record.Sequence, record.Hash);
                    }
                }

                var result = await save(ct);
                if (transaction is not null)
                {
                    await transaction.CommitAsync(ct);
                }

                return result;
            }
            finally
            {
                if (transaction is not null)
                {
                    await transaction.DisposeAsync();
                }
            }
        }
        finally
        {
            Gate.Release();
        }
    }
}

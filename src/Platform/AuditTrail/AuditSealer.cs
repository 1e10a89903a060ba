using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Pamong.Platform.Data;

namespace Pamong.Platform.AuditTrail;

/// <summary>
/// Saves a unit of work together with its audit records, in one transaction: first the changed rows
/// (so generated keys are known), then the audit records, appended to their tenants' chains. Appends
/// are serialised: in-process by a lock, across processes on PostgreSQL by a transaction-scoped
/// advisory lock (SQLite allows one writer at a time anyway). If the save fails, the transaction is
/// rolled back and the context should be discarded.
/// </summary>
internal static class AuditSealer
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public static async Task<int> SaveSealedAsync(DbContext db, List<CapturedChange> changes, Func<bool, CancellationToken, Task<int>> save,
        bool acceptAllChangesOnSuccess, CancellationToken ct)
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

                var saved = changes.Count > 0 ? await SaveRowsAsync(db, save, ct) : 0;
                var events = db.ChangeTracker.Entries<AuditRecord>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
                var records = changes.Select(c => c.Complete()).Concat(events).ToList();
                db.Set<AuditRecord>().AddRange(records.Except(events));
                await SealAsync(db, records, ct);

                saved += await save(acceptAllChangesOnSuccess, ct);
                if (transaction is not null)
                {
                    await transaction.CommitAsync(ct);
                }

                return saved;
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

    /// <summary>Writes the changed rows without the audit records that are waiting (they are put back after).</summary>
    private static async Task<int> SaveRowsAsync(DbContext db, Func<bool, CancellationToken, Task<int>> save, CancellationToken ct)
    {
        var waiting = db.ChangeTracker.Entries<AuditRecord>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        foreach (var record in waiting)
        {
            db.Entry(record).State = EntityState.Detached;
        }

        try
        {
            return await save(true, ct);
        }
        finally
        {
            db.Set<AuditRecord>().AddRange(waiting);
        }
    }

    private static async Task SealAsync(DbContext db, List<AuditRecord> records, CancellationToken ct)
    {
        foreach (var chain in records.GroupBy(r => r.TenantId))
        {
            var last = await db.Set<AuditRecord>().IgnoreQueryFilters()
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
    }
}

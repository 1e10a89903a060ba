using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Pamong.Platform.Data;

namespace Pamong.Platform.AuditTrail;

/// <summary>
/// Saves a unit of work together with its audit records, in one transaction: first the changed rows
/// (so generated keys are known), with no audit lock held, so that the row writes of concurrent saves
/// overlap; then, under the chain lock, the chain's head is read, the audit records are sealed onto it
/// and inserted, and the transaction commits. The chain lock is a transaction-scoped advisory lock on
/// PostgreSQL (it serialises appends across every process and is released by the commit or rollback);
/// SQLite allows one writer at a time, and a transaction the sealer begins itself waits for an
/// in-process gate (held until its commit) instead of polling SQLite's busy lock. Inside a caller's
/// transaction the save is atomic too (a savepoint): if it fails, neither its rows nor its audit
/// records stay in the transaction, which remains usable. If the save fails, the context should be
/// discarded.
/// </summary>
internal static class AuditSealer
{
    /// <summary>The key of the PostgreSQL advisory lock that serialises appends to the audit chains.</summary>
    internal const long ChainLockKey = 7726643;

    private const string Savepoint = "pamong_audited_save";

    /// <summary>SQLite only: one transaction begun here at a time (SQLite has one writer anyway).</summary>
    private static readonly SemaphoreSlim SqliteGate = new(1, 1);

    public static async Task<int> SaveSealedAsync(DbContext db, List<CapturedChange> changes, Func<bool, CancellationToken, Task<int>> save,
        bool acceptAllChangesOnSuccess, Func<CancellationToken, Task>? beforeAppend, CancellationToken ct)
    {
        var postgres = db.Database.IsNpgsql();
        var outer = db.Database.CurrentTransaction;
        // Never wait for the gate inside a caller's transaction: it may already hold SQLite's write
        // lock, which the gate's holder waits for.
        var gated = !postgres && outer is null;
        if (gated)
        {
            await SqliteGate.WaitAsync(ct);
        }

        // This method makes the save atomic itself (its own transaction or one savepoint), so EF's
        // savepoint around each of its two inner saves would only add round trips.
        var autoSavepoints = db.Database.AutoSavepointsEnabled;
        db.Database.AutoSavepointsEnabled = false;
        IDbContextTransaction? owned = null;
        try
        {
            if (outer is null)
            {
                owned = await db.Database.BeginTransactionAsync(ct);
            }
            else
            {
                await outer.CreateSavepointAsync(Savepoint, ct);
            }

            try
            {
                var saved = changes.Count > 0 ? await SaveRowsAsync(db, save, ct) : 0;
                var events = db.ChangeTracker.Entries<AuditRecord>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
                var records = changes.Select(c => c.Complete()).Concat(events).ToList();
                db.Set<AuditRecord>().AddRange(records.Except(events));
                if (beforeAppend is not null)
                {
                    await beforeAppend(ct);
                }

                // From here to the commit, one writer per database: nothing but the append is done under the lock.
                if (postgres)
                {
                    await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({ChainLockKey})", ct);
                }

                await SealAsync(db, records, ct);
                saved += await save(acceptAllChangesOnSuccess, ct);
                if (owned is not null)
                {
                    await owned.CommitAsync(ct);
                }
                else
                {
                    await outer!.ReleaseSavepointAsync(Savepoint, ct);
                }

                return saved;
            }
            catch when (outer is not null)
            {
                await RollBackToSavepointAsync(outer);
                throw;
            }
        }
        finally
        {
            db.Database.AutoSavepointsEnabled = autoSavepoints;
            if (owned is not null)
            {
                await owned.DisposeAsync();
            }

            if (gated)
            {
                SqliteGate.Release();
            }
        }
    }

    /// <summary>Takes a failed save's rows and audit records back out of the caller's transaction (as EF's own savepoint would).</summary>
    private static async Task RollBackToSavepointAsync(IDbContextTransaction outer)
    {
        try
        {
            await outer.RollbackToSavepointAsync(Savepoint, CancellationToken.None);
        }
        catch (Exception rollbackFailure) when (rollbackFailure is InvalidOperationException or System.Data.Common.DbException)
        {
            // The connection is gone or the transaction already ended; the save's own error is the one to report.
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

    /// <summary>
    /// Reads each chain's head and seals the records onto it. Call with the chain lock held: the head must be
    /// read by a statement that starts after the lock was granted (a statement's snapshot is taken when it
    /// starts, so locking and reading in one statement could read a head that was already replaced).
    /// </summary>
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

using Microsoft.EntityFrameworkCore;
using Pamong.Platform.AuditTrail;
using Pamong.Platform.Tenancy;

namespace Pamong.Platform.Data;

/// <summary>
/// The save every Pamong context uses: the audit trail stays append-only, new rows get the current
/// tenant, other tenants' rows are refused, and every change is chained into the audit trail in the
/// same transaction.
/// </summary>
public static class AuditedSave
{
    public static async Task<int> SaveAsync(DbContext db, string tenantId, AuditActor actor, TimeProvider clock,
        Func<bool, CancellationToken, Task<int>> save, bool acceptAllChangesOnSuccess, CancellationToken ct,
        Func<CancellationToken, Task>? beforeAppend = null)
    {
        AuditAppendOnly.Check(db.ChangeTracker);
        TenantGuard.StampAndCheck(db.ChangeTracker, tenantId);
        var changes = AuditCapture.FromChanges(db.ChangeTracker, tenantId, actor, clock);
        if (changes.Count == 0 && !db.ChangeTracker.Entries<AuditRecord>().Any(e => e.State == EntityState.Added))
        {
            return await save(acceptAllChangesOnSuccess, ct);
        }

        return await AuditSealer.SaveSealedAsync(db, changes, save, acceptAllChangesOnSuccess, beforeAppend, ct);
    }
}

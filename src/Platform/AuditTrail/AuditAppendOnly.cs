using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Pamong.Platform.AuditTrail;

/// <summary>The product only ever adds audit records: a unit of work that edits or deletes one is refused.</summary>
internal static class AuditAppendOnly
{
    public static void Check(ChangeTracker changes)
    {
        foreach (var entry in changes.Entries<AuditRecord>())
        {
            if (entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new AuditTrailIsAppendOnlyException(entry.Entity.Sequence);
            }
        }
    }
}

public sealed class AuditTrailIsAppendOnlyException(long sequence)
    : InvalidOperationException($"Audit record {sequence} cannot be changed or deleted: the audit trail is append-only.");

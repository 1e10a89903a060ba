using Pamong.Platform.AuditTrail;
using Pamong.Platform.Data;

namespace Pamong.Platform.People.Citizens;

/// <summary>
/// Writes the audit entry for every read of a full personal record, with the reason given. The one place
/// that does so: when the audit trail offers AuditLog.RecordSensitiveRead, switch this method to it.
/// </summary>
public sealed class SensitiveReads(AuditLog audit, PamongDb db)
{
    public const string Action = "read-sensitive";

    public async Task RecordAsync(string subject, string subjectId, string reason, CancellationToken ct)
    {
        audit.Record(Action, subject, subjectId, reason);
        await db.SaveChangesAsync(ct);
    }
}

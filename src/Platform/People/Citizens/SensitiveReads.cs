using Pamong.Platform.AuditTrail;
using Pamong.Platform.Data;

namespace Pamong.Platform.People.Citizens;

/// <summary>Writes the audit entry for every read of a full personal record, with the reason given (saved at once).</summary>
public sealed class SensitiveReads(AuditLog audit, PamongDb db)
{
    public const string Action = AuditActions.ReadSensitive;

    public async Task RecordAsync(string subject, string subjectId, string reason, CancellationToken ct)
    {
        audit.RecordSensitiveRead(subject, subjectId, reason);
        await db.SaveChangesAsync(ct);
    }
}

using Pamong.Platform.Data;

namespace Pamong.Platform.AuditTrail;

/// <summary>
/// Adds audit records that are not a change of a row: sign-ins, reads of sensitive personal data,
/// exports. Saved (and chained) with the caller's next SaveChanges.
/// </summary>
public sealed class AuditLog(PamongDb db, AuditActor actor, TimeProvider clock)
{
    public AuditRecord Record(string action, string subject, string? subjectId, string? reason = null, string? detail = null)
    {
        var record = new AuditRecord
        {
            OccurredAt = AuditCapture.Truncate(clock.GetUtcNow().UtcDateTime),
            ActorId = actor.Id,
            ActorName = actor.Name,
            IpAddress = actor.IpAddress,
            Action = action,
            Subject = subject,
            SubjectId = subjectId,
            After = detail,
            Reason = reason ?? actor.Reason,
        };
        db.AuditRecords.Add(record);
        return record;
    }
}

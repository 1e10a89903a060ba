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

    /// <summary>
    /// Records that personal data was read (UU 27/2022: who accessed what and why). The reason is
    /// required: an officer must say why they open a citizen's record.
    /// </summary>
    public AuditRecord RecordSensitiveRead(string subject, string? subjectId, string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new ArgumentException("A reason is required to read sensitive personal data.", nameof(reason));
        }

        return Record(AuditActions.ReadSensitive, subject, subjectId, reason.Trim());
    }
}

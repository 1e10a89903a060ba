using Pamong.Platform.AuditTrail;
using Pamong.SocialProtection.Data;

namespace Pamong.SocialProtection;

/// <summary>
/// Audit records for Perlinsos events that are not a change of an audited row (a run's decisions written in bulk, a
/// decision changed by an appeal, the rows an import created in bulk, staff-list flags set by a pass, a finding resolved).
/// </summary>
public sealed class PerlinsosEvents(PerlinsosDb db, AuditActor actor, TimeProvider clock)
{
    public void Record(string action, string subject, string? subjectId, string? detail = null, string? reason = null, string? before = null) =>
        db.AuditRecords.Add(new AuditRecord
        {
            OccurredAt = Truncate(clock.GetUtcNow().UtcDateTime),
            ActorId = actor.Id,
            ActorName = actor.Name,
            IpAddress = actor.IpAddress,
            Action = action,
            Subject = subject,
            SubjectId = subjectId,
            Before = before,
            After = detail,
            Reason = reason ?? actor.Reason,
        });

    /// <summary>Milliseconds, as the audit trail stores them (both engines keep the same value, so the chain hashes agree).</summary>
    private static DateTime Truncate(DateTime utc) => new(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);
}

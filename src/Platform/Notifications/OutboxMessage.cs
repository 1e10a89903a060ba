using Pamong.Platform.AuditTrail;
using Pamong.Platform.Tenancy;

namespace Pamong.Platform.Notifications;

/// <summary>
/// A message waiting to be sent. It is written in the same transaction as the change that caused it,
/// and a background dispatcher sends it, retrying with back-off, so nothing is lost if the process dies.
/// </summary>
[NotAudited]
public sealed class OutboxMessage : ITenantOwned
{
    public long Id { get; set; }
    public string TenantId { get; set; } = "";
    public Channel Channel { get; set; }

    /// <summary>An e-mail address or a phone number (E.164, e.g. +6281234567890).</summary>
    public string Recipient { get; set; } = "";

    public string Subject { get; set; } = "";
    public string Body { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset? SentAt { get; set; }

    /// <summary>Set when the dispatcher gave up after the last retry.</summary>
    public DateTimeOffset? FailedAt { get; set; }

    public string? LastError { get; set; }
}

public enum Channel
{
    Email,
    Sms,
    WhatsApp,
}

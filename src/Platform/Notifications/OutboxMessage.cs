using Pamong.Platform.AuditTrail;
using Pamong.Platform.Tenancy;

namespace Pamong.Platform.Notifications;

/// <summary>
/// A message waiting to be sent. It is written in the same transaction as the change that caused it,
/// and a background dispatcher sends it, retrying with back-off, so nothing is lost if the process dies.
/// Times are UTC (<see cref="DateTime"/>, not DateTimeOffset: SQLite can only compare the former).
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
    public DateTime CreatedAt { get; set; }

    /// <summary>When the dispatcher may next try to send it.</summary>
    public DateTime NextAttemptAt { get; set; }

    /// <summary>Tries so far, including the one that succeeded.</summary>
    public int Attempts { get; set; }

    public DateTime? SentAt { get; set; }

    /// <summary>Set when the dispatcher gave up after the last retry.</summary>
    public DateTime? FailedAt { get; set; }

    public string? LastError { get; set; }

    /// <summary>While set and in the future, one dispatcher holds the message and no other may send it.</summary>
    public DateTime? LeaseUntil { get; set; }

    public OutboxStatus Status => SentAt is not null ? OutboxStatus.Sent : FailedAt is not null ? OutboxStatus.Failed : OutboxStatus.Waiting;
}

public enum Channel
{
    Email,
    Sms,
    WhatsApp,
}

public enum OutboxStatus
{
    Waiting,
    Sent,
    Failed,
}

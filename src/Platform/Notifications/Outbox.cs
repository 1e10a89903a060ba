using Pamong.Platform.Data;

namespace Pamong.Platform.Notifications;

/// <summary>Queues messages in the caller's unit of work: they are saved (and later sent) only if the change is saved.</summary>
public sealed class Outbox(PamongDb db, TimeProvider clock)
{
    public const int MaxSubjectLength = 300;

    /// <summary>
    /// Adds a message to the caller's unit of work. Phone numbers may be written 0812..., 62812... or +62812...
    /// and are stored in E.164 form. Throws <see cref="ArgumentException"/> for a recipient the channel cannot
    /// reach or a subject longer than <see cref="MaxSubjectLength"/>. Over SMS and WhatsApp only the body is sent.
    /// </summary>
    public OutboxMessage Enqueue(Channel channel, string recipient, string subject, string body)
    {
        var to = Recipient.Normalize(channel, recipient)
            ?? throw new ArgumentException($"The recipient is not a valid {(channel == Channel.Email ? "e-mail address" : "phone number")}.", nameof(recipient));
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentException.ThrowIfNullOrWhiteSpace(body);
        if (subject.Length > MaxSubjectLength)
        {
            throw new ArgumentException($"The subject is longer than {MaxSubjectLength} characters.", nameof(subject));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var message = new OutboxMessage
        {
            Channel = channel,
            Recipient = to,
            Subject = subject,
            Body = body,
            CreatedAt = now,
            NextAttemptAt = now,
        };
        db.Add(message);
        return message;
    }
}

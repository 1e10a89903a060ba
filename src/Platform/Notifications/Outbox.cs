using Pamong.Platform.Data;

namespace Pamong.Platform.Notifications;

/// <summary>Queues messages in the caller's unit of work: they are saved (and later sent) only if the change is saved.</summary>
public sealed class Outbox(PamongDb db, TimeProvider clock)
{
    public OutboxMessage Enqueue(Channel channel, string recipient, string subject, string body)
    {
        var now = clock.GetUtcNow();
        var message = new OutboxMessage
        {
            Channel = channel,
            Recipient = recipient,
            Subject = subject,
            Body = body,
            CreatedAt = now,
            NextAttemptAt = now,
        };
        db.Add(message);
        return message;
    }
}

namespace Pamong.Platform.Notifications;

/// <summary>A way out for messages (the mailbox folder, SMTP, an SMS/WhatsApp gateway). Throws when the message was not accepted.</summary>
public interface IMessageSender
{
    /// <summary>The name used in Notifications:Channel.</summary>
    string Name { get; }

    bool Handles(Channel channel);

    Task SendAsync(OutboxMessage message, CancellationToken ct);
}

/// <summary>A message was refused or could not be handed over; the dispatcher retries it later.</summary>
public sealed class MessageNotSentException(string message) : Exception(message);

using Microsoft.Extensions.Options;

namespace Pamong.Platform.Notifications;

/// <summary>Picks the sender for a message: the first configured sender that handles its channel.</summary>
public sealed class MessageSenders(IEnumerable<IMessageSender> senders, IOptions<NotificationOptions> options)
{
    private readonly IReadOnlyList<IMessageSender> _configured = options.Value.Senders
        .Select(name => senders.FirstOrDefault(s => s.Name == name))
        .OfType<IMessageSender>()
        .ToList();

    public IMessageSender? For(Channel channel) => _configured.FirstOrDefault(s => s.Handles(channel));
}

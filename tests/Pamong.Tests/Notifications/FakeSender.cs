using System.Collections.Concurrent;
using Pamong.Platform.Notifications;

namespace Pamong.Tests.Notifications;

/// <summary>A sender that records what it was given and fails for chosen recipients (or the first few tries).</summary>
internal sealed class FakeSender(string name = "fake", params Channel[] channels) : IMessageSender
{
    public ConcurrentQueue<OutboxMessage> Sent { get; } = new();

    public HashSet<string> Refuse { get; } = [];

    public int FailFirst { get; set; }

    public TimeSpan Delay { get; set; }

    public int Calls => _calls;

    private int _calls;

    public string Name => name;

    public bool Handles(Channel channel) => channels.Length == 0 || channels.Contains(channel);

    public async Task SendAsync(OutboxMessage message, CancellationToken ct)
    {
        var call = Interlocked.Increment(ref _calls);
        if (Delay > TimeSpan.Zero)
        {
            await Task.Delay(Delay, ct);
        }

        if (Refuse.Contains(message.Recipient) || call <= FailFirst)
        {
            throw new MessageNotSentException("421 layanan sedang sibuk");
        }

        Sent.Enqueue(message);
    }
}

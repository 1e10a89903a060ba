using System.Threading.Channels;

namespace Pamong.SocialProtection.Targeting;

/// <summary>Runs waiting to be computed by <see cref="TargetingWorker"/>: (Pemda, run id).</summary>
public sealed class TargetingQueue
{
    private readonly Channel<(string TenantId, int RunId)> _channel = Channel.CreateUnbounded<(string, int)>();

    public void Enqueue(string tenantId, int runId) => _channel.Writer.TryWrite((tenantId, runId));

    public IAsyncEnumerable<(string TenantId, int RunId)> ReadAllAsync(CancellationToken ct) => _channel.Reader.ReadAllAsync(ct);
}

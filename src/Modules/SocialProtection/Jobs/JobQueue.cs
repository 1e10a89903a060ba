using System.Security.Claims;
using System.Threading.Channels;

namespace Pamong.SocialProtection.Jobs;

/// <summary>Work waiting for the <see cref="JobRunner"/>: which job, for which Pemda, on whose behalf, and which step.</summary>
public sealed record JobTicket(int JobId, string TenantId, ClaimsPrincipal User, JobStep Step);

public enum JobStep
{
    /// <summary>Read and check everything, write nothing; stop at <see cref="JobStatus.Checked"/> (or go on when <c>thenWrite</c>).</summary>
    Check,

    /// <summary>Check, then write at once (the API without preview, the data-quality pass).</summary>
    CheckThenWrite,

    /// <summary>Write what the check accepted (after the officer confirmed the preview).</summary>
    Write,
}

/// <summary>An in-process queue of background work (one runner, one job at a time: the machine is small).</summary>
public sealed class JobQueue
{
    private readonly Channel<JobTicket> _channel = Channel.CreateUnbounded<JobTicket>(new UnboundedChannelOptions { SingleReader = true });

    public ValueTask EnqueueAsync(JobTicket ticket, CancellationToken ct = default) => _channel.Writer.WriteAsync(ticket, ct);

    public IAsyncEnumerable<JobTicket> ReadAllAsync(CancellationToken ct) => _channel.Reader.ReadAllAsync(ct);
}

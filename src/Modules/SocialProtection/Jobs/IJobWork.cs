namespace Pamong.SocialProtection.Jobs;

/// <summary>What a kind of job does in the background. Implementations report progress on the job row as they go.</summary>
public interface IJobWork
{
    JobKind Kind { get; }

    /// <summary>Reads and checks; fills Total, Bad, Warned, Report and Preview; writes nothing else.</summary>
    Task CheckAsync(PerlinsosJob job, CancellationToken ct);

    /// <summary>Writes (after a successful check); fills Processed, Created and Updated.</summary>
    Task WriteAsync(PerlinsosJob job, CancellationToken ct);
}

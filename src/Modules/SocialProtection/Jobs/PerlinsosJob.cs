using Pamong.Platform.AuditTrail;
using Pamong.Platform.Tenancy;

namespace Pamong.SocialProtection.Jobs;

/// <summary>
/// A long-running piece of work started by an officer (an import, the data-quality pass), run in the
/// background; its progress is shown on a page that refreshes itself and through the API.
/// </summary>
[NotAudited]
public sealed class PerlinsosJob : ITenantOwned
{
    public int Id { get; set; }
    public string TenantId { get; set; } = "";
    public JobKind Kind { get; set; }
    public JobStatus Status { get; set; }

    /// <summary>For imports: all-or-nothing or good rows only.</summary>
    public ImportMode? Mode { get; set; }

    public string? FileName { get; set; }
    public int Total { get; set; }
    public int Processed { get; set; }
    public int Good { get; set; }
    public int Bad { get; set; }
    public int Created { get; set; }
    public int Updated { get; set; }

    /// <summary>A short result or the failure, in Indonesian.</summary>
    public string? Message { get; set; }

    /// <summary>The CSV report of every bad row with its reasons (imports).</summary>
    public string? Report { get; set; }

    public string StartedBy { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }

    public int Percent => Total == 0 ? (Status == JobStatus.Succeeded ? 100 : 0) : (int)Math.Min(100, Processed * 100L / Total);

    public bool Finished => Status is JobStatus.Succeeded or JobStatus.Failed;
}

public enum JobKind
{
    HouseholdImport,
    DeathImport,
    ExclusionImport,
    QualityPass,
}

public enum JobStatus
{
    Queued,
    Running,
    Succeeded,
    Failed,
}

public enum ImportMode
{
    /// <summary>Any bad row stops the whole import; nothing is written.</summary>
    AllOrNothing,

    /// <summary>Good rows are written; bad rows are reported.</summary>
    GoodRowsOnly,
}

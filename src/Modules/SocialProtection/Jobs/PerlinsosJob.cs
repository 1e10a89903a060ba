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

    /// <summary>Rows taken with a warning (e.g. a 16-digit NIK that fails the structure check).</summary>
    public int Warned { get; set; }
    public int Created { get; set; }
    public int Updated { get; set; }

    /// <summary>A short result or the failure, in Indonesian.</summary>
    public string? Message { get; set; }

    /// <summary>The CSV report of every bad row (and every warning) with its reasons (imports).</summary>
    public string? Report { get; set; }

    /// <summary>The first rows of the file as read, JSON (an array of arrays, the header first), for the preview.</summary>
    public string? Preview { get; set; }

    public string StartedBy { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }

    public int Percent => Total == 0 ? (Status == JobStatus.Succeeded ? 100 : 0) : (int)Math.Min(100, Processed * 100L / Total);

    public bool Finished => Status is JobStatus.Succeeded or JobStatus.Failed or JobStatus.Cancelled;

    /// <summary>Still working: the progress page keeps refreshing.</summary>
    public bool Busy => Status is JobStatus.Queued or JobStatus.Checking or JobStatus.Running;
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

    /// <summary>Reading the file and checking every row (nothing written yet).</summary>
    Checking,

    /// <summary>Checked; waiting for the officer to confirm (the preview).</summary>
    Checked,

    /// <summary>Writing.</summary>
    Running,
    Succeeded,
    Failed,
    Cancelled,
}

public enum ImportMode
{
    /// <summary>Any bad row stops the whole import; nothing is written.</summary>
    AllOrNothing,

    /// <summary>Good rows are written; bad rows are reported.</summary>
    GoodRowsOnly,
}

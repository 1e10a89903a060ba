using Pamong.Platform.Tenancy;

namespace Pamong.SocialProtection.Targeting;

/// <summary>
/// One selection of a program's recipients for a period (e.g. "2026"), versioned: every run of the same program
/// and period gets the next version, keeps its decisions, and is compared with the version before it. A run is
/// computed in the background (<see cref="Processed"/> of <see cref="Total"/>), then approved by the Dinas Sosial,
/// which announces it and opens the appeal period.
/// </summary>
public sealed class TargetingRun : ITenantOwned
{
    public int Id { get; set; }
    public string TenantId { get; set; } = "";
    public int ProgramId { get; set; }
    public string Period { get; set; } = "";
    public int Version { get; set; }
    public RunStatus Status { get; set; }

    /// <summary>The day ages (school age, elderly) are counted on.</summary>
    public DateOnly ReferenceDay { get; set; }

    public int Total { get; set; }
    public int Processed { get; set; }
    public int SelectedCount { get; set; }
    public int EligibleCount { get; set; }

    /// <summary>SHA-256 of the decisions (household, status, rank): equal digests mean equal results.</summary>
    public string Digest { get; set; } = "";

    public string StartedBy { get; set; } = "";
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    public string? Error { get; set; }

    public string? ApprovedBy { get; set; }
    public DateTimeOffset? AnnouncedAt { get; set; }

    /// <summary>The last moment residents may appeal (announcement + the program's appeal days, unless set otherwise).</summary>
    public DateTimeOffset? AppealUntil { get; set; }

    public string? ApprovalNote { get; set; }
}

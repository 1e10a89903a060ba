using Pamong.Platform.Tenancy;

namespace Pamong.SpbeAssessment.Periods;

/// <summary>One year's SPBE self-assessment of a Pemda, on one instrument: filled, reviewed, then locked.</summary>
public sealed class AssessmentPeriod : ITenantOwned
{
    public int Id { get; set; }
    public string TenantId { get; set; } = "";
    public int Year { get; set; }
    public string InstrumentId { get; set; } = "";
    public PeriodStatus Status { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? LockedAt { get; set; }
    public string? LockedBy { get; set; }
}

public enum PeriodStatus
{
    Filling,
    InReview,
    Locked,
}

using System.Text.Json.Serialization;
using Pamong.Platform.Tenancy;

namespace Pamong.SpbeAssessment.Periods;

/// <summary>
/// One year's SPBE self-assessment of a Pemda, on one instrument: filled, submitted for review, reviewed,
/// then locked. A history year (<see cref="IsHistory"/>) holds only published figures from before Pamong.
/// </summary>
public sealed class AssessmentPeriod : ITenantOwned
{
    public int Id { get; set; }
    public string TenantId { get; set; } = "";
    public int Year { get; set; }
    public string InstrumentId { get; set; } = "";
    public PeriodStatus Status { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? SubmittedAt { get; set; }
    public string? SubmittedBy { get; set; }
    public DateTime? LockedAt { get; set; }
    public string? LockedBy { get; set; }

    /// <summary>A past year entered from published figures only: no indicator answers, read-only from the start.</summary>
    public bool IsHistory { get; set; }

    /// <summary>For a history year: the self-assessment index as it was reported then (no answers behind it).</summary>
    public decimal? RecordedSelfIndex { get; set; }

    /// <summary>A remark shown with the period, e.g. that it is demo data.</summary>
    public string? Note { get; set; }
}

[JsonConverter(typeof(JsonStringEnumConverter<PeriodStatus>))]
public enum PeriodStatus
{
    Filling,
    InReview,
    Locked,
}

using System.Text.Json.Serialization;
using Pamong.Platform.Tenancy;

namespace Pamong.SpbeAssessment.Indicators;

/// <summary>
/// A Pemda's answer to one indicator in one period: the level it claims, why, which OPD is responsible,
/// who filled it, and the review team's decision (with the level it agreed, if different).
/// </summary>
public sealed class IndicatorAnswer : ITenantOwned
{
    public int Id { get; set; }
    public string TenantId { get; set; } = "";
    public int PeriodId { get; set; }
    public string IndicatorCode { get; set; } = "";

    /// <summary>The level claimed, 1–5; null while the indicator is not filled.</summary>
    public int? Level { get; set; }

    public string? Justification { get; set; }

    /// <summary>The OPD (organisation unit of the platform) responsible for the indicator.</summary>
    public int? ResponsibleUnitId { get; set; }

    public string? FilledById { get; set; }
    public string? FilledBy { get; set; }
    public DateTime? FilledAt { get; set; }

    public ReviewDecision Review { get; set; }
    public string? ReviewNote { get; set; }

    /// <summary>The level the review team agreed when it differs from the claim; counts for the index.</summary>
    public int? AgreedLevel { get; set; }

    public string? ReviewedBy { get; set; }
    public DateTime? ReviewedAt { get; set; }

    /// <summary>The level that counts: the agreed level where the review team set one, otherwise the claim.</summary>
    public int? FinalLevel => AgreedLevel ?? Level;

    public AnswerState State => Level is null ? AnswerState.Empty
        : Review switch
        {
            ReviewDecision.Accepted => AnswerState.Reviewed,
            ReviewDecision.Returned => AnswerState.Returned,
            _ => AnswerState.Filled,
        };
}

[JsonConverter(typeof(JsonStringEnumConverter<ReviewDecision>))]
public enum ReviewDecision
{
    None,
    Accepted,
    Returned,
}

/// <summary>Where an indicator stands: not filled, filled (awaiting review), returned by the reviewer, or reviewed.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AnswerState>))]
public enum AnswerState
{
    Empty,
    Filled,
    Returned,
    Reviewed,
}

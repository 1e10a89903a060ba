using Pamong.SpbeAssessment.Index;
using Pamong.SpbeAssessment.Indicators;
using Pamong.SpbeAssessment.Periods;

namespace Pamong.SpbeAssessment.Summary;

/// <summary>
/// Everything known about one period, for its pages, the API and the evaluation report: the self-assessment
/// (index when complete, the partial values otherwise), every indicator, the target, the official result and
/// the history of all years. Values are exact; round with <see cref="SpbeIndex.Round"/> to publish.
/// </summary>
public sealed record PeriodSummary(
    int Year,
    string InstrumentId,
    string InstrumentName,
    PeriodStatus Status,
    bool IsHistory,
    string? Note,
    DateTime? SubmittedAt,
    string? SubmittedBy,
    DateTime? LockedAt,
    string? LockedBy,
    IndexFigure? Index,
    Progress Progress,
    IReadOnlyList<PartFigure> Domains,
    IReadOnlyList<PartFigure> Aspects,
    IReadOnlyList<IndicatorFigure> Indicators,
    TargetFigure? Target,
    OfficialFigure? Official,
    IReadOnlyList<HistoryPoint> History)
{
    public bool ReadOnly => IsHistory || Status == PeriodStatus.Locked;

    public IndicatorFigure? Indicator(string code) => Indicators.FirstOrDefault(i => i.Code == code);
}

/// <summary>An index with its published (2-decimal) value and predicate; <paramref name="Recorded"/> when typed in, not computed.</summary>
public sealed record IndexFigure(decimal Exact, string Predicate, bool Recorded = false)
{
    public decimal Published => SpbeIndex.Round(Exact);
}

/// <summary>How far the filling and the review are: indicators in each state.</summary>
public sealed record Progress(int Total, int Filled, int Returned, int Reviewed)
{
    /// <summary>Indicators without a level.</summary>
    public int Missing => Total - Filled - Returned - Reviewed;

    public int WithLevel => Filled + Returned + Reviewed;
}

/// <summary>A domain or aspect with its weight and value (null while any of its indicators is empty).</summary>
public sealed record PartFigure(string Code, string Name, decimal Weight, string? ParentCode, decimal? Exact)
{
    public decimal? Published => Exact is { } v ? SpbeIndex.Round(v) : null;
}

public sealed record IndicatorFigure(
    string Code,
    string Name,
    string AspectCode,
    string DomainCode,
    decimal Weight,
    int? Level,
    int? AgreedLevel,
    AnswerState State,
    int? ResponsibleUnitId,
    string? ResponsibleUnit,
    int EvidenceCount,
    int? TargetLevel,
    string? FilledBy,
    DateTime? FilledAt,
    string? ReviewedBy,
    string? ReviewNote)
{
    /// <summary>The level that counts for the index: the agreed level where set, otherwise the claim.</summary>
    public int? FinalLevel => AgreedLevel ?? Level;
}

public sealed record TargetFigure(decimal? Index, IReadOnlyDictionary<string, int> Levels, string? Note);

/// <summary>The published result, with values derived from the published detail where it allows.</summary>
public sealed record OfficialFigure(
    decimal Index,
    string Predicate,
    string? Source,
    string? Note,
    IReadOnlyDictionary<string, decimal> Levels,
    IReadOnlyDictionary<string, decimal> Aspects,
    IReadOnlyDictionary<string, decimal> Domains)
{
    public decimal Published => SpbeIndex.Round(Index);
}

/// <summary>One year of the history: self-assessment, official result and target (exact values).</summary>
public sealed record HistoryPoint(
    int Year,
    string? InstrumentId,
    decimal? Self,
    bool SelfRecorded,
    decimal? Official,
    string? OfficialPredicate,
    decimal? Target,
    bool IsHistory,
    string? Note,
    IReadOnlyDictionary<string, decimal> SelfDomains,
    IReadOnlyDictionary<string, decimal> OfficialDomains);

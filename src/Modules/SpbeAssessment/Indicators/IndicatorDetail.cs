using Pamong.SpbeAssessment.Evidence;
using Pamong.SpbeAssessment.Instruments;
using Pamong.SpbeAssessment.Periods;
using Pamong.SpbeAssessment.PlatformEvidence;

namespace Pamong.SpbeAssessment.Indicators;

/// <summary>One indicator of a period as the indicator page and GET …/indicators/{code} show it.</summary>
public sealed record IndicatorDetail(
    int Year,
    PeriodStatus PeriodStatus,
    bool ReadOnly,
    string InstrumentId,
    string Code,
    string Name,
    string? Kind,
    decimal Weight,
    decimal Share,
    string Aspect,
    string AspectName,
    string Domain,
    string DomainName,
    IReadOnlyList<LevelMeaning> Levels,
    int? Level,
    int? AgreedLevel,
    int? FinalLevel,
    AnswerState State,
    string? Justification,
    int? ResponsibleUnitId,
    string? ResponsibleUnit,
    string? FilledBy,
    DateTime? FilledAt,
    ReviewDecision Review,
    string? ReviewNote,
    string? ReviewedBy,
    DateTime? ReviewedAt,
    int? TargetLevel,
    IReadOnlyList<EvidenceRow> Evidence,
    IReadOnlyList<PlatformFigure> PlatformEvidence);

/// <summary>A piece of evidence; <paramref name="Download"/> is the API address of an uploaded file.</summary>
public sealed record EvidenceRow(int Id, EvidenceKind Kind, string Title, string? Url, string? FileName, string? ContentType, long? Size,
    string? Sha256, string AddedBy, DateTime AddedAt, string? Download);

using Pamong.SpbeAssessment.Official;

namespace Pamong.SpbeAssessment.History;

/// <summary>A past year entered from published figures: its instrument, the self-assessment index reported then, the official result.</summary>
public sealed class HistoryInput
{
    public int? Year { get; set; }
    public string? InstrumentId { get; set; }
    public decimal? SelfIndex { get; set; }
    public OfficialInput? Official { get; set; }
    public string? Note { get; set; }
}

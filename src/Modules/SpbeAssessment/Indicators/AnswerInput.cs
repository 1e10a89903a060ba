namespace Pamong.SpbeAssessment.Indicators;

/// <summary>What the filler enters for an indicator.</summary>
public sealed class AnswerInput
{
    /// <summary>The level claimed, 1–5.</summary>
    public int? Level { get; set; }

    public string? Justification { get; set; }

    /// <summary>The responsible OPD (an organisation unit id); an OPD operator may only name their own.</summary>
    public int? ResponsibleUnitId { get; set; }
}

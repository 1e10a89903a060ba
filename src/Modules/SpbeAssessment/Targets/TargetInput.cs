namespace Pamong.SpbeAssessment.Targets;

/// <summary>A year's target: the overall index and, optionally, target levels by indicator code.</summary>
public sealed class TargetInput
{
    public decimal? Index { get; set; }
    public Dictionary<string, int>? Levels { get; set; }
    public string? Note { get; set; }
}

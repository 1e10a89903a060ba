namespace Pamong.SpbeAssessment.Official;

/// <summary>
/// The published result of a period: the index and predicate (derived from the detail when left out) and
/// whatever detail was published: indicator levels, aspect values or domain values (codes → values).
/// </summary>
public sealed class OfficialInput
{
    public decimal? Index { get; set; }
    public string? Predicate { get; set; }
    public Dictionary<string, decimal>? Levels { get; set; }
    public Dictionary<string, decimal>? AspectValues { get; set; }
    public Dictionary<string, decimal>? DomainValues { get; set; }
    public string? Source { get; set; }
    public string? Note { get; set; }
}

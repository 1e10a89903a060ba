using System.Text.Json.Serialization;

namespace Pamong.SpbeAssessment.Instruments;

/// <summary>
/// An SPBE evaluation instrument as data: domains → aspects → indicators with their weights (in %),
/// the predicate bands, and what each level 1–5 requires (per kind of indicator in <paramref name="Scales"/>,
/// refined per indicator). Versioned by id (e.g. "permenpanrb-59-2020").
/// </summary>
public sealed record Instrument(
    string Id,
    string Name,
    string? Regulation,
    int? ValidFrom,
    IReadOnlyList<Domain> Domains,
    IReadOnlyList<Predicate>? Predicates = null,
    IReadOnlyDictionary<string, IReadOnlyList<LevelMeaning>>? Scales = null,
    string? Note = null)
{
    public const int MinLevel = 1;
    public const int MaxLevel = 5;

    [JsonIgnore]
    public IEnumerable<Aspect> Aspects => Domains.SelectMany(d => d.Aspects);

    [JsonIgnore]
    public IEnumerable<Indicator> Indicators => Aspects.SelectMany(a => a.Indicators);

    /// <summary>The bands of PermenPANRB 59/2020 when an instrument brings none.</summary>
    public static readonly IReadOnlyList<Predicate> DefaultPredicates =
    [
        new("Memuaskan", 4.20m), new("Sangat Baik", 3.50m), new("Baik", 2.60m), new("Cukup", 1.80m), new("Kurang", 0m),
    ];

    /// <summary>The predicate of a published (2-decimal) index: the highest band whose lower bound it reaches.</summary>
    public string PredicateOf(decimal publishedIndex) =>
        (Predicates is { Count: > 0 } ? Predicates : DefaultPredicates).OrderByDescending(p => p.Min).First(p => publishedIndex >= p.Min).Name;

    public Indicator? FindIndicator(string code) => Indicators.FirstOrDefault(i => i.Code == code);

    public Aspect AspectOf(Indicator indicator) => Aspects.First(a => a.Indicators.Contains(indicator));

    public Domain DomainOf(Aspect aspect) => Domains.First(d => d.Aspects.Contains(aspect));

    /// <summary>
    /// What levels 1–5 mean for an indicator: the indicator's own wording where it has one, otherwise the
    /// scale of its kind, otherwise just "Tingkat k".
    /// </summary>
    public IReadOnlyList<LevelMeaning> LevelsOf(Indicator indicator)
    {
        var scale = indicator.Kind is not null && Scales is not null && Scales.TryGetValue(indicator.Kind, out var s) ? s : null;
        var levels = new List<LevelMeaning>();
        for (var level = MinLevel; level <= MaxLevel; level++)
        {
            var own = indicator.Levels?.FirstOrDefault(l => l.Level == level);
            var general = scale?.FirstOrDefault(l => l.Level == level);
            levels.Add(new LevelMeaning(
                level,
                Blank(own?.Name) ?? Blank(general?.Name) ?? $"Tingkat {level}",
                Blank(own?.Requirement) ?? Blank(general?.Requirement)));
        }

        return levels;
    }

    /// <summary>
    /// How much the index rises when this indicator rises one level: its share of the index
    /// (weight / 100 for the official instruments, whose weights add up).
    /// </summary>
    public decimal ShareOf(Indicator indicator)
    {
        var aspect = AspectOf(indicator);
        var domain = DomainOf(aspect);
        // One division at the end keeps terminating shares exact (3.0 × 18 × 45.5 / (18 × 45.5 × 100) = 0.03).
        return indicator.Weight * aspect.Weight * domain.Weight
            / (aspect.Indicators.Sum(i => i.Weight) * domain.Aspects.Sum(a => a.Weight) * Domains.Sum(d => d.Weight));
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}

public sealed record Domain(string Code, string Name, decimal Weight, IReadOnlyList<Aspect> Aspects);

public sealed record Aspect(string Code, string Name, decimal Weight, IReadOnlyList<Indicator> Indicators);

/// <summary>
/// An indicator; <paramref name="Kind"/> names its scale of levels: "policy" (internal policy), "process"
/// (governance and management) or "service" (capability of an electronic service). <paramref name="Levels"/>
/// refines the scale for this indicator.
/// </summary>
public sealed record Indicator(string Code, string Name, decimal Weight, string? Kind = null, IReadOnlyList<LevelMeaning>? Levels = null);

/// <summary>Level 1–5: its name (e.g. "Terstandarisasi") and what it requires.</summary>
public sealed record LevelMeaning(int Level, string? Name, string? Requirement);

public sealed record Predicate(string Name, decimal Min);

namespace Pamong.SpbeAssessment.Instruments;

/// <summary>
/// An SPBE evaluation instrument as data: domains → aspects → indicators with their weights (in %),
/// and the predicate bands. Versioned by id (e.g. "permenpanrb-59-2020").
/// </summary>
public sealed record Instrument(string Id, string Name, string? Regulation, int? ValidFrom, IReadOnlyList<Domain> Domains, IReadOnlyList<Predicate>? Predicates = null)
{
    public IEnumerable<Aspect> Aspects => Domains.SelectMany(d => d.Aspects);

    public IEnumerable<Indicator> Indicators => Aspects.SelectMany(a => a.Indicators);

    /// <summary>The bands of PermenPANRB 59/2020 when an instrument brings none.</summary>
    public static readonly IReadOnlyList<Predicate> DefaultPredicates =
    [
        new("Memuaskan", 4.20m), new("Sangat Baik", 3.50m), new("Baik", 2.60m), new("Cukup", 1.80m), new("Kurang", 0m),
    ];

    /// <summary>The predicate of a published (2-decimal) index: the highest band whose lower bound it reaches.</summary>
    public string PredicateOf(decimal publishedIndex) =>
        (Predicates is { Count: > 0 } ? Predicates : DefaultPredicates).OrderByDescending(p => p.Min).First(p => publishedIndex >= p.Min).Name;
}

public sealed record Domain(string Code, string Name, decimal Weight, IReadOnlyList<Aspect> Aspects);

public sealed record Aspect(string Code, string Name, decimal Weight, IReadOnlyList<Indicator> Indicators);

/// <summary>An indicator; <paramref name="Kind"/> is "policy" (levels Rintisan…Optimum) or "service" (capability levels).</summary>
public sealed record Indicator(string Code, string Name, decimal Weight, string? Kind = null);

public sealed record Predicate(string Name, decimal Min);

using Pamong.SocialProtection.Programs;

namespace Pamong.SocialProtection.Targeting;

/// <summary>
/// What the rules look at about one household, read from the registry on the run's reference day. Plain
/// values, so that <see cref="RuleEvaluator"/> is pure and testable without a database.
/// </summary>
public sealed record HouseholdFacts
{
    public int HouseholdId { get; init; }
    public string KkNumber { get; init; } = "";
    public string VillageCode { get; init; } = "";
    public string HeadName { get; init; } = "";
    public string HeadNik { get; init; } = "";
    public string Rt { get; init; } = "";
    public string Rw { get; init; } = "";
    public int? Decile { get; init; }
    public long? MonthlyIncome { get; init; }
    public int? ElectricityVa { get; init; }
    public int Cars { get; init; }
    public decimal? LandArea { get; init; }
    public int MemberCount { get; init; } = 1;
    public bool HeadDeceased { get; init; }

    /// <summary>The circumstances present among the living members.</summary>
    public IReadOnlySet<Criterion> Present { get; init; } = new HashSet<Criterion>();

    /// <summary>What the staff lists say about a living member, e.g. "ASN", "TNI/Polri", "perangkat desa"; empty when none.</summary>
    public IReadOnlyList<string> Officials { get; init; } = [];

    /// <summary>Income per member, for the tie-breaker; null when the income is unknown.</summary>
    public decimal? IncomePerMember => MonthlyIncome is { } income ? (decimal)income / Math.Max(1, MemberCount) : null;
}

namespace Pamong.SocialProtection.Programs;

/// <summary>
/// A program's eligibility rules as data: an upper welfare decile, circumstances of which any (or all) must be
/// present, and the circumstances that exclude a household (officials among the members, a deceased head,
/// income, electricity capacity and assets above a limit). A null limit is not checked.
/// </summary>
public sealed record EligibilityRules
{
    /// <summary>Highest DTSEN welfare decile admitted (1 is poorest).</summary>
    public int? MaxDecile { get; init; }

    public IReadOnlyList<Criterion> RequiredCriteria { get; init; } = [];

    /// <summary>True: every required circumstance must be present; false: at least one.</summary>
    public bool RequireAllCriteria { get; init; }

    /// <summary>Excludes households with an ASN, TNI/Polri member or a village official (from the imported staff lists).</summary>
    public bool ExcludeOfficials { get; init; } = true;

    public bool ExcludeDeceasedHead { get; init; } = true;

    /// <summary>Highest monthly household income in rupiah.</summary>
    public long? MaxMonthlyIncome { get; init; }

    /// <summary>Electricity capacity (VA) from which a household is excluded, e.g. 1300.</summary>
    public int? ExcludedFromElectricityVa { get; init; }

    public int? MaxCars { get; init; }

    /// <summary>Largest land area owned, in square metres.</summary>
    public decimal? MaxLandArea { get; init; }
}

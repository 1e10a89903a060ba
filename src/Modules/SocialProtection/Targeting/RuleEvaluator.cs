using System.Globalization;
using Pamong.SocialProtection.Programs;

namespace Pamong.SocialProtection.Targeting;

/// <summary>
/// Checks one household against a program's eligibility rules and returns every rule's outcome, in a fixed
/// order (decile, required circumstances, officials, deceased head, income, electricity, cars, land). Only the
/// rules the program sets are checked. Pure: the same facts and rules always give the same outcomes.
/// </summary>
public static class RuleEvaluator
{
    public static IReadOnlyList<RuleOutcome> Evaluate(EligibilityRules rules, HouseholdFacts household)
    {
        var outcomes = new List<RuleOutcome>();
        if (rules.MaxDecile is { } maxDecile)
        {
            outcomes.Add(new RuleOutcome(Rules.Decile, household.Decile is { } decile && decile <= maxDecile, Text(household.Decile), Text(maxDecile)));
        }

        if (rules.RequiredCriteria.Count > 0)
        {
            outcomes.Add(Required(rules, household));
        }

        if (rules.ExcludeOfficials)
        {
            outcomes.Add(new RuleOutcome(Rules.Officials, household.Officials.Count == 0, household.Officials.Count == 0 ? null : string.Join(", ", household.Officials)));
        }

        if (rules.ExcludeDeceasedHead)
        {
            outcomes.Add(new RuleOutcome(Rules.DeceasedHead, !household.HeadDeceased));
        }

        if (rules.MaxMonthlyIncome is { } maxIncome)
        {
            outcomes.Add(new RuleOutcome(Rules.Income, household.MonthlyIncome is not { } income || income <= maxIncome, Text(household.MonthlyIncome), Text(maxIncome)));
        }

        if (rules.ExcludedFromElectricityVa is { } fromVa)
        {
            outcomes.Add(new RuleOutcome(Rules.Electricity, household.ElectricityVa is not { } va || va < fromVa, Text(household.ElectricityVa), Text(fromVa)));
        }

        if (rules.MaxCars is { } maxCars)
        {
            outcomes.Add(new RuleOutcome(Rules.Cars, household.Cars <= maxCars, Text(household.Cars), Text(maxCars)));
        }

        if (rules.MaxLandArea is { } maxLand)
        {
            outcomes.Add(new RuleOutcome(Rules.Land, household.LandArea is not { } land || land <= maxLand, Text(household.LandArea), Text(maxLand)));
        }

        return outcomes;
    }

    public static bool Eligible(IReadOnlyList<RuleOutcome> outcomes) => outcomes.All(o => o.Passed);

    /// <summary>The required circumstances: Seen lists those present (comma-separated codes), Threshold those asked for.</summary>
    private static RuleOutcome Required(EligibilityRules rules, HouseholdFacts household)
    {
        var present = rules.RequiredCriteria.Where(household.Present.Contains).ToList();
        var passed = rules.RequireAllCriteria ? present.Count == rules.RequiredCriteria.Count : present.Count > 0;
        var threshold = (rules.RequireAllCriteria ? "all:" : "any:") + string.Join(",", rules.RequiredCriteria);
        return new RuleOutcome(Rules.Required, passed, string.Join(",", present), threshold);
    }

    private static string? Text(long? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string? Text(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);
}

using Pamong.SocialProtection.Programs;

namespace Pamong.SocialProtection.Targeting;

/// <summary>
/// Selects a program's recipients from the evaluated households, deterministically: the rules
/// (<see cref="RuleEvaluator"/>), the overrides of people (accepted usul/sanggah, upheld appeals), exclusivity
/// with programs earlier in the priority order, then a ranking per village and the village quota.
/// Ranking within a village: households included by an override first, then the welfare decile (lowest
/// first, unknown last), then more of the program's circumstances present, then lower income per member
/// (unknown last), then more members, and finally the KK number, so that no two households tie.
/// </summary>
public static class Selection
{
    /// <param name="takenBy">Households already selected by an exclusive program that comes first: household id → that program's code.</param>
    /// <param name="quota">The quota of a village, or null for no limit.</param>
    public static IReadOnlyList<DecisionDraft> Run(
        EligibilityRules rules,
        IEnumerable<HouseholdFacts> households,
        Func<string, int?> quota,
        IReadOnlyDictionary<int, string>? takenBy = null,
        IReadOnlyDictionary<int, SelectionOverride>? overrides = null)
    {
        takenBy ??= new Dictionary<int, string>();
        overrides ??= new Dictionary<int, SelectionOverride>();
        var decided = new List<DecisionDraft>();
        var candidates = new List<(HouseholdFacts Facts, bool Forced, List<RuleOutcome> Outcomes)>();
        foreach (var household in households)
        {
            var outcomes = RuleEvaluator.Evaluate(rules, household).ToList();
            var eligible = RuleEvaluator.Eligible(outcomes);
            var forced = false;
            if (overrides.TryGetValue(household.HouseholdId, out var manual))
            {
                outcomes.Add(new RuleOutcome(manual.Rule, manual.Include, manual.Reference));
                if (!manual.Include)
                {
                    decided.Add(new DecisionDraft(household.HouseholdId, household.VillageCode, DecisionStatus.Removed, null, outcomes));
                    continue;
                }

                eligible = forced = true;
            }

            if (!eligible)
            {
                decided.Add(new DecisionDraft(household.HouseholdId, household.VillageCode, DecisionStatus.NotEligible, null, outcomes));
                continue;
            }

            if (takenBy.TryGetValue(household.HouseholdId, out var other))
            {
                outcomes.Add(new RuleOutcome(Rules.Exclusive, false, other));
                decided.Add(new DecisionDraft(household.HouseholdId, household.VillageCode, DecisionStatus.ExcludedByProgram, null, outcomes));
                continue;
            }

            candidates.Add((household, forced, outcomes));
        }

        foreach (var village in candidates.GroupBy(c => c.Facts.VillageCode))
        {
            var limit = quota(village.Key);
            var rank = 0;
            foreach (var (facts, _, outcomes) in village.OrderBy(c => c.Forced ? 0 : 1)
                .ThenBy(c => c.Facts.Decile ?? int.MaxValue)
                .ThenByDescending(c => rules.RequiredCriteria.Count(c.Facts.Present.Contains))
                .ThenBy(c => c.Facts.IncomePerMember ?? decimal.MaxValue)
                .ThenByDescending(c => c.Facts.MemberCount)
                .ThenBy(c => c.Facts.KkNumber, StringComparer.Ordinal))
            {
                rank++;
                var within = limit is not { } max || rank <= max;
                if (limit is { } shown)
                {
                    outcomes.Add(new RuleOutcome(Rules.Quota, within, rank.ToString(System.Globalization.CultureInfo.InvariantCulture), shown.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                }

                decided.Add(new DecisionDraft(facts.HouseholdId, facts.VillageCode, within ? DecisionStatus.Selected : DecisionStatus.OverQuota, rank, outcomes));
            }
        }

        return decided.OrderBy(d => d.VillageCode, StringComparer.Ordinal).ThenBy(d => d.Rank ?? int.MaxValue).ThenBy(d => d.HouseholdId).ToList();
    }
}

using Pamong.SocialProtection.Programs;
using Pamong.SocialProtection.Targeting;

namespace Pamong.Tests.SocialProtection.Targeting;

/// <summary>Ranking, quota, exclusivity and the decisions of people, deterministically.</summary>
public sealed class SelectionTests
{
    private const string Kemiren = "35.10.15.2004";
    private const string Olehsari = "35.10.15.2003";
    private static readonly EligibilityRules Program = new() { MaxDecile = 4, RequiredCriteria = [Criterion.SchoolAgeChild, Criterion.Elderly60] };

    private static HouseholdFacts H(int id, int? decile, string village = Kemiren, long? income = 1_000_000, int members = 3, params Criterion[] present) => new()
    {
        HouseholdId = id,
        KkNumber = $"35101501012000{id:00}",
        VillageCode = village,
        Decile = decile,
        MonthlyIncome = income,
        MemberCount = members,
        Present = (present.Length == 0 ? [Criterion.SchoolAgeChild] : present).ToHashSet(),
    };

    [Fact]
    public void Households_are_ranked_by_decile_then_circumstances_then_income_per_member_then_size_then_kk()
    {
        var households = new[]
        {
            H(1, 3), H(2, 1), H(3, 2, income: 900_000), H(4, 2, income: 600_000), H(5, 2, present: [Criterion.SchoolAgeChild, Criterion.Elderly60]),
            H(6, 3, income: null), H(7, 3, members: 5), H(8, 3, members: 5),
        };
        var ranked = Selection.Run(Program, households, _ => null).OrderBy(d => d.Rank).Select(d => d.HouseholdId).ToList();
        Assert.Equal([2, 5, 4, 3, 7, 8, 1, 6], ranked);
    }

    [Fact]
    public void The_quota_cuts_each_village_and_says_the_rank()
    {
        var households = Enumerable.Range(1, 5).Select(i => H(i, i % 4 + 1)).Append(H(9, 1, Olehsari)).ToList();
        var decisions = Selection.Run(Program, households, v => v == Kemiren ? 3 : null);
        Assert.Equal(3, decisions.Count(d => d.VillageCode == Kemiren && d.Status == DecisionStatus.Selected));
        Assert.Equal(2, decisions.Count(d => d.Status == DecisionStatus.OverQuota));
        var last = decisions.Single(d => d.Rank == 5 && d.VillageCode == Kemiren);
        Assert.Equal(new RuleOutcome(Rules.Quota, false, "5", "3"), last.Outcomes[^1]);
        Assert.Equal(DecisionStatus.Selected, decisions.Single(d => d.HouseholdId == 9).Status);
        Assert.DoesNotContain(decisions.Single(d => d.HouseholdId == 9).Outcomes, o => o.Rule == Rules.Quota);
    }

    [Fact]
    public void A_quota_of_zero_selects_nobody()
    {
        Assert.All(Selection.Run(Program, [H(1, 1), H(2, 2)], _ => 0), d => Assert.Equal(DecisionStatus.OverQuota, d.Status));
    }

    [Fact]
    public void A_household_taken_by_an_exclusive_program_is_not_selected_and_frees_its_place()
    {
        var decisions = Selection.Run(Program, [H(1, 1), H(2, 2), H(3, 3)], _ => 2, new Dictionary<int, string> { [1] = "PKH" });
        var taken = decisions.Single(d => d.HouseholdId == 1);
        Assert.Equal(DecisionStatus.ExcludedByProgram, taken.Status);
        Assert.Equal(new RuleOutcome(Rules.Exclusive, false, "PKH"), taken.Outcomes[^1]);
        Assert.Equal([2, 3], decisions.Where(d => d.Status == DecisionStatus.Selected).Select(d => d.HouseholdId));
    }

    [Fact]
    public void An_ineligible_household_is_not_excluded_by_another_program_but_by_its_rule()
    {
        var decisions = Selection.Run(Program, [H(1, 7)], _ => null, new Dictionary<int, string> { [1] = "PKH" });
        Assert.Equal(DecisionStatus.NotEligible, decisions.Single().Status);
    }

    [Fact]
    public void An_accepted_usul_includes_an_ineligible_household_first_in_its_village()
    {
        var overrides = new Dictionary<int, SelectionOverride> { [3] = new(3, true, Rules.Usul, "U-7") };
        var decisions = Selection.Run(Program, [H(1, 1), H(2, 2), H(3, 8)], _ => 2, overrides: overrides);
        var proposed = decisions.Single(d => d.HouseholdId == 3);
        Assert.Equal((DecisionStatus.Selected, (int?)1), (proposed.Status, proposed.Rank));
        Assert.Contains(new RuleOutcome(Rules.Usul, true, "U-7"), proposed.Outcomes);
        Assert.Equal(DecisionStatus.OverQuota, decisions.Single(d => d.HouseholdId == 2).Status);
    }

    [Fact]
    public void An_accepted_sanggah_removes_an_eligible_household()
    {
        var overrides = new Dictionary<int, SelectionOverride> { [1] = new(1, false, Rules.Sanggah, "U-9") };
        var removed = Selection.Run(Program, [H(1, 1)], _ => null, overrides: overrides).Single();
        Assert.Equal(DecisionStatus.Removed, removed.Status);
        Assert.Null(removed.Rank);
    }

    [Fact]
    public void The_same_input_in_any_order_gives_the_same_decisions()
    {
        var households = Enumerable.Range(1, 40).Select(i => H(i, i % 5 + 1, i % 2 == 0 ? Kemiren : Olehsari, income: i * 10_000 % 70_000)).ToList();
        var first = Selection.Run(Program, households, _ => 7);
        var shuffled = Selection.Run(Program, households.OrderBy(h => (h.HouseholdId * 7919) % 41).ToList(), _ => 7);
        Assert.Equal(first.Select(d => (d.HouseholdId, d.Status, d.Rank)), shuffled.Select(d => (d.HouseholdId, d.Status, d.Rank)));
    }
}

using Pamong.SocialProtection.Programs;
using Pamong.SocialProtection.Targeting;

namespace Pamong.Tests.SocialProtection.Targeting;

/// <summary>The pure rule evaluation: every rule the program sets, in a fixed order, with the value seen and the threshold.</summary>
public sealed class RuleEvaluatorTests
{
    private static readonly EligibilityRules Pkh = new()
    {
        MaxDecile = 4,
        RequiredCriteria = [Criterion.PregnantMember, Criterion.ChildUnder6, Criterion.SchoolAgeChild, Criterion.SevereDisability, Criterion.Elderly60],
    };

    private static HouseholdFacts Poor(params Criterion[] present) => new()
    {
        HouseholdId = 1,
        KkNumber = "3510150101200001",
        VillageCode = "35.10.15.2004",
        Decile = 2,
        MonthlyIncome = 1_200_000,
        ElectricityVa = 450,
        MemberCount = 4,
        Present = present.ToHashSet(),
    };

    [Fact]
    public void A_poor_household_with_a_school_age_child_meets_pkh()
    {
        var outcomes = RuleEvaluator.Evaluate(Pkh, Poor(Criterion.SchoolAgeChild));
        Assert.True(RuleEvaluator.Eligible(outcomes));
        Assert.Equal([Rules.Decile, Rules.Required, Rules.Officials, Rules.DeceasedHead], outcomes.Select(o => o.Rule));
        Assert.Equal(new RuleOutcome(Rules.Decile, true, "2", "4"), outcomes[0]);
        Assert.Equal("SchoolAgeChild", outcomes[1].Seen);
    }

    [Fact]
    public void A_decile_above_the_limit_fails_with_the_value_and_the_threshold()
    {
        var outcomes = RuleEvaluator.Evaluate(Pkh, Poor(Criterion.Elderly60) with { Decile = 6 });
        Assert.False(RuleEvaluator.Eligible(outcomes));
        Assert.Equal(new RuleOutcome(Rules.Decile, false, "6", "4"), outcomes.Single(o => !o.Passed));
    }

    [Fact]
    public void A_household_without_a_decile_fails_the_decile_rule()
    {
        var outcome = RuleEvaluator.Evaluate(Pkh, Poor(Criterion.Elderly60) with { Decile = null })[0];
        Assert.False(outcome.Passed);
        Assert.Null(outcome.Seen);
    }

    [Fact]
    public void Any_of_needs_one_circumstance_and_all_of_needs_every_one()
    {
        var anyOf = Pkh with { MaxDecile = null };
        Assert.False(RuleEvaluator.Eligible(RuleEvaluator.Evaluate(anyOf, Poor())));
        Assert.True(RuleEvaluator.Eligible(RuleEvaluator.Evaluate(anyOf, Poor(Criterion.Elderly60))));

        var allOf = new EligibilityRules { RequiredCriteria = [Criterion.Elderly60, Criterion.SevereDisability], RequireAllCriteria = true };
        var partly = RuleEvaluator.Evaluate(allOf, Poor(Criterion.Elderly60));
        Assert.False(RuleEvaluator.Eligible(partly));
        Assert.Equal("all:Elderly60,SevereDisability", partly.Single(o => o.Rule == Rules.Required).Threshold);
        Assert.True(RuleEvaluator.Eligible(RuleEvaluator.Evaluate(allOf, Poor(Criterion.Elderly60, Criterion.SevereDisability))));
    }

    [Fact]
    public void An_official_among_the_members_excludes_unless_the_program_allows_it()
    {
        var household = Poor(Criterion.ChildUnder6) with { Officials = ["ASN"] };
        var outcome = RuleEvaluator.Evaluate(Pkh, household).Single(o => o.Rule == Rules.Officials);
        Assert.False(outcome.Passed);
        Assert.Equal("ASN", outcome.Seen);
        Assert.True(RuleEvaluator.Eligible(RuleEvaluator.Evaluate(Pkh with { ExcludeOfficials = false }, household)));
    }

    [Fact]
    public void A_deceased_head_excludes()
    {
        Assert.False(RuleEvaluator.Eligible(RuleEvaluator.Evaluate(Pkh, Poor(Criterion.ChildUnder6) with { HeadDeceased = true })));
        Assert.True(RuleEvaluator.Eligible(RuleEvaluator.Evaluate(Pkh with { ExcludeDeceasedHead = false }, Poor(Criterion.ChildUnder6) with { HeadDeceased = true })));
    }

    [Theory]
    [InlineData(2_500_000L, true)]
    [InlineData(2_500_001L, false)]
    public void Income_up_to_the_limit_passes(long income, bool passes)
    {
        var rules = new EligibilityRules { MaxMonthlyIncome = 2_500_000, ExcludeOfficials = false, ExcludeDeceasedHead = false };
        var outcome = RuleEvaluator.Evaluate(rules, Poor() with { MonthlyIncome = income }).Single();
        Assert.Equal(passes, outcome.Passed);
        Assert.Equal("2500000", outcome.Threshold);
    }

    [Theory]
    [InlineData(900, true)]
    [InlineData(1300, false)]
    [InlineData(2200, false)]
    public void Electricity_from_the_limit_up_excludes(int va, bool passes)
    {
        var rules = new EligibilityRules { ExcludedFromElectricityVa = 1300, ExcludeOfficials = false, ExcludeDeceasedHead = false };
        Assert.Equal(passes, RuleEvaluator.Evaluate(rules, Poor() with { ElectricityVa = va }).Single().Passed);
    }

    [Fact]
    public void Unknown_income_and_electricity_do_not_exclude()
    {
        var rules = new EligibilityRules { MaxMonthlyIncome = 1, ExcludedFromElectricityVa = 1300, MaxLandArea = 10 };
        Assert.True(RuleEvaluator.Eligible(RuleEvaluator.Evaluate(rules, Poor() with { MonthlyIncome = null, ElectricityVa = null, LandArea = null })));
    }

    [Fact]
    public void Cars_and_land_above_the_limits_exclude()
    {
        var rules = new EligibilityRules { MaxCars = 0, MaxLandArea = 5000m };
        var outcomes = RuleEvaluator.Evaluate(rules, Poor() with { Cars = 1, LandArea = 7500.5m });
        Assert.Equal([Rules.Cars, Rules.Land], outcomes.Where(o => !o.Passed).Select(o => o.Rule));
        Assert.Equal("7500.5", outcomes.Single(o => o.Rule == Rules.Land).Seen);
    }

    [Fact]
    public void A_program_without_limits_checks_only_the_exclusions()
    {
        Assert.Equal([Rules.Officials, Rules.DeceasedHead], RuleEvaluator.Evaluate(new EligibilityRules(), Poor()).Select(o => o.Rule));
    }
}

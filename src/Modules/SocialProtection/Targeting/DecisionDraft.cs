namespace Pamong.SocialProtection.Targeting;

/// <summary>What <see cref="Selection"/> decided for one household, before it is stored with its run.</summary>
public sealed record DecisionDraft(int HouseholdId, string VillageCode, DecisionStatus Status, int? Rank, IReadOnlyList<RuleOutcome> Outcomes);

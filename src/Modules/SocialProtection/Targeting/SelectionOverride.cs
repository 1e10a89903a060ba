namespace Pamong.SocialProtection.Targeting;

/// <summary>
/// A decision made by people that the next run must follow for one household: an accepted usul or an upheld
/// appeal includes it (<see cref="Include"/> true), an accepted sanggah removes it. <see cref="Rule"/> is
/// <see cref="Rules.Usul"/>, <see cref="Rules.Sanggah"/> or <see cref="Rules.Appeal"/>; <see cref="Reference"/>
/// names the proposal or appeal, e.g. "U-12".
/// </summary>
public sealed record SelectionOverride(int HouseholdId, bool Include, string Rule, string Reference);

using Pamong.Platform.People;
using Pamong.SocialProtection.Exclusions;

namespace Pamong.SocialProtection.DataQuality;

/// <summary>A member as the pass reads it (one projection row, members joined to their household).</summary>
public readonly record struct PersonRow(
    int Id, string Nik, string Name, string NormalizedName, string BirthPlace, DateOnly BirthDate, Sex Sex, bool IsDeceased,
    bool IsAsn, bool IsTniPolri, bool IsVillageOfficial, int HouseholdId, string KkNumber, string VillageCode);

/// <summary>A household's ability signals as the pass reads them.</summary>
public readonly record struct HouseholdRow(
    int Id, string KkNumber, string VillageCode, long? MonthlyIncome, int? ElectricityVa, decimal? LandArea, int LargeLivestock, int Cars);

/// <summary>How one source presented a NIK (from <see cref="Registry.NikSighting"/>).</summary>
public readonly record struct SightingRow(string Nik, string Name, string NormalizedName, DateOnly BirthDate, string KkNumber, string VillageCode, string Source);

public readonly record struct DeathRow(string Nik, string Name, string NormalizedName, DateOnly DiedOn, string? Reference, string Source);

public readonly record struct StaffRow(ExclusionList List, string Nik, string Name, string NormalizedName, DateOnly? BirthDate, string? Agency);

/// <summary>A member whose staff-list flags the pass changes.</summary>
public readonly record struct FlagChange(int MemberId, string Nik, StaffFlags Before, StaffFlags After);

/// <summary>A member's staff-list flags.</summary>
public readonly record struct StaffFlags(bool IsAsn, bool IsTniPolri, bool IsVillageOfficial);

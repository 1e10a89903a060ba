namespace Pamong.SocialProtection.Registry;

/// <summary>
/// A household in full as the detail page and the API show it. NIK and KK numbers are masked unless the reader
/// gave a reason (logged) or is the resident reading their own household (<see cref="NumbersShown"/>).
/// </summary>
public sealed record HouseholdRecord(
    int Id, string KkNumber, string VillageCode, string VillageName, string KecamatanName, string Rt, string Rw, string Address,
    int? WelfareDecile, long? MonthlyIncome, string? FloorMaterial, string? WallMaterial, string? RoofMaterial, decimal? FloorArea,
    int? ElectricityVa, decimal? LandArea, int LargeLivestock, int SmallLivestock, int Motorcycles, int Cars, string Source,
    string RegisteredBy, DateTimeOffset RegisteredAt, DateTimeOffset UpdatedAt, bool NumbersShown,
    IReadOnlyList<MemberRecord> Members, IReadOnlyList<ConsentRecord> Consents);

public sealed record MemberRecord(
    int Id, string Nik, string Name, string NormalizedName, string BirthPlace, DateOnly BirthDate, int Age, string Sex, string Relationship,
    string Occupation, bool IsAsn, bool IsTniPolri, bool IsVillageOfficial, string Disability, bool ChronicIllness, bool Pregnant,
    bool SchoolAge, bool Elderly, bool IsDeceased, DateOnly? DeceasedOn);

public sealed record ConsentRecord(string ConsentedByNik, string ConsentedByName, string AgentUserName, string AgentName, string Method,
    string? Witness, string Purpose, DateTimeOffset GivenAt, DateTimeOffset? WithdrawnAt);

namespace Pamong.Platform.People.Citizens;

/// <summary>A resident's full record, shown only after the officer gave a reason (logged).</summary>
public sealed record CitizenRecord(
    int Id,
    string Nik,
    string KkNumber,
    string FullName,
    string BirthPlace,
    DateOnly BirthDate,
    string Sex,
    string FamilyRelationship,
    string Address,
    string Rt,
    string Rw,
    string VillageCode,
    string VillageName,
    string KecamatanName,
    IReadOnlyList<FamilyMember> Family);

/// <summary>Another person on the same KK, as the full record lists them (the NIK masked; their own record needs its own reason).</summary>
public sealed record FamilyMember(int Id, string Nik, string FullName, string FamilyRelationship, string Sex);

/// <summary>Everyone on one KK inside the officer's area, in full, shown only after a reason was given (logged).</summary>
public sealed record FamilyRecord(string KkNumber, IReadOnlyList<CitizenRecord> Members);

namespace Pamong.SocialProtection.Registry;

/// <summary>A household in a list: masked numbers, the head's name, no birth dates.</summary>
public sealed record HouseholdRow(
    int Id, string KkNumber, string HeadName, string VillageCode, string VillageName, string Rt, string Rw, int Members,
    int? WelfareDecile, string Source);

namespace Pamong.Platform.People.Citizens;

/// <summary>A resident in a list or export: the NIK masked, no birth date, the address only to RT/RW and village.</summary>
public sealed record CitizenListRow(int Id, string Nik, string FullName, string VillageCode, string VillageName, string Rt, string Rw);

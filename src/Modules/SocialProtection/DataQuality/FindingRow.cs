namespace Pamong.SocialProtection.DataQuality;

/// <summary>A finding in the queue: masked NIK/KK, no evidence.</summary>
public sealed record FindingRow(int Id, string Kind, string Status, string? Nik, string? KkNumber, string VillageCode, string VillageName,
    bool Current, DateTimeOffset FirstFoundAt);

/// <summary>A finding in full, with its evidence (JSON) and resolution.</summary>
public sealed record FindingRecord(int Id, string Key, string Kind, string Status, string? Nik, string? KkNumber, string VillageCode, string VillageName,
    string Evidence, bool Current, DateTimeOffset FirstFoundAt, DateTimeOffset LastFoundAt, string? Resolution, string? ResolvedBy,
    DateTimeOffset? ResolvedAt, string? Reason);

/// <summary>Open findings of one village by kind (the dashboard).</summary>
public sealed record VillageQuality(string VillageCode, string VillageName, IReadOnlyDictionary<string, int> OpenByKind, int Open, int Resolved);

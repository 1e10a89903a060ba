using Pamong.Platform.AuditTrail;
using Pamong.Platform.Tenancy;

namespace Pamong.SocialProtection.Registry;

/// <summary>
/// A NIK as one source presented it: with which name, birth date and KK. The registry keeps one member per
/// NIK; sightings keep what every registration and import said, so a NIK used by two different people
/// stays visible to the data-quality pass. One row per distinct (NIK, normalised name, birth date, KK).
/// </summary>
[NotAudited]
public sealed class NikSighting : ITenantOwned
{
    public long Id { get; set; }
    public string TenantId { get; set; } = "";
    public string Nik { get; set; } = "";
    public string Name { get; set; } = "";
    public string NormalizedName { get; set; } = "";
    public DateOnly BirthDate { get; set; }
    public string KkNumber { get; set; } = "";
    public string VillageCode { get; set; } = "";

    /// <summary>"self", "agent:desa", "import:12" (the import job).</summary>
    public string Source { get; set; } = "";

    public DateTimeOffset SeenAt { get; set; }
}

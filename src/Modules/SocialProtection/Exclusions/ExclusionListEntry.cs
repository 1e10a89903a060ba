using Pamong.Platform.Tenancy;

namespace Pamong.SocialProtection.Exclusions;

/// <summary>
/// A person on an imported staff list (ASN, TNI, Polri, village officials). Being listed does not by itself
/// exclude anyone: each program decides; the data-quality pass reports registry members found here.
/// </summary>
public sealed class ExclusionListEntry : ITenantOwned
{
    public int Id { get; set; }
    public string TenantId { get; set; } = "";
    public ExclusionList List { get; set; }
    public string Nik { get; set; } = "";
    public string Name { get; set; } = "";
    public string NormalizedName { get; set; } = "";
    public DateOnly? BirthDate { get; set; }

    /// <summary>NIP, NRP or the village official's decree number.</summary>
    public string? StaffNumber { get; set; }

    /// <summary>Employer: OPD, kesatuan, or village.</summary>
    public string? Agency { get; set; }

    public string Source { get; set; } = "";
    public DateTimeOffset ImportedAt { get; set; }
}

public enum ExclusionList
{
    Asn,
    Tni,
    Polri,
    VillageOfficial,
}

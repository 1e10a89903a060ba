using Pamong.Platform.Tenancy;

namespace Pamong.Platform.Organisations;

/// <summary>
/// A unit of the Pemda's organisation: the Pemda itself, an OPD (dinas, badan, bagian), a kecamatan
/// office or a village office. Kecamatan and village units carry the region they govern, which is
/// what limits a kecamatan or desa operator to their own area.
/// </summary>
public sealed class OrganisationUnit : ITenantOwned
{
    public int Id { get; set; }
    public string TenantId { get; set; } = "";
    public UnitKind Kind { get; set; }

    /// <summary>A short code, unique in the Pemda, e.g. "DISKOMINFO" or the region code for kecamatan/desa.</summary>
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>The region the unit governs: the Pemda's code for the Pemda and OPD, the kecamatan's or village's code otherwise.</summary>
    public string RegionCode { get; set; } = "";

    public int? ParentId { get; set; }
    public bool Active { get; set; } = true;
}

public enum UnitKind
{
    Pemda,
    Opd,
    Kecamatan,
    Desa,
    Kelurahan,
}

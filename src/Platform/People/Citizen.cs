using Pamong.Platform.Tenancy;

namespace Pamong.Platform.People;

/// <summary>
/// A resident (penduduk) of the Pemda, keyed by NIK, a member of one family card (KK), with an address
/// down to RT/RW and village. Personal data under UU 27/2022: reading the full record is logged with a reason.
/// </summary>
public sealed class Citizen : ITenantOwned
{
    public int Id { get; set; }
    public string TenantId { get; set; } = "";
    public string Nik { get; set; } = "";
    public string FullName { get; set; } = "";
    public string BirthPlace { get; set; } = "";
    public DateOnly BirthDate { get; set; }
    public Sex Sex { get; set; }

    /// <summary>Nomor KK of the family card the person is on.</summary>
    public string KkNumber { get; set; } = "";

    /// <summary>Relationship to the head of the family as printed on the KK (Kepala Keluarga, Istri, Anak, ...).</summary>
    public string FamilyRelationship { get; set; } = "";

    public string Address { get; set; } = "";
    public string Rt { get; set; } = "";
    public string Rw { get; set; } = "";

    /// <summary>The village (desa/kelurahan) region code, e.g. "35.10.16.1001".</summary>
    public string VillageCode { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

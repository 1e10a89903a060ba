using Pamong.Platform.Tenancy;

namespace Pamong.Platform.Organisations.Positions;

/// <summary>
/// A position (jabatan) in one organisation unit, e.g. "Kepala Dinas", "Sekretaris", "Kepala Bidang
/// Aplikasi Informatika", "Camat", "Kepala Desa", "Lurah". The name is unique within its unit.
/// </summary>
public sealed class Position : ITenantOwned
{
    public int Id { get; set; }
    public string TenantId { get; set; } = "";
    public int UnitId { get; set; }
    public OrganisationUnit? Unit { get; set; }
    public string Name { get; set; } = "";

    /// <summary>Optional grade or eselon as written by the Pemda, e.g. "Eselon II.b" or "JPT Pratama".</summary>
    public string? Grade { get; set; }

    public bool Active { get; set; } = true;
}

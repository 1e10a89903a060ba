using Pamong.Platform.Organisations.Positions;
using Pamong.Platform.Tenancy;

namespace Pamong.Platform.Organisations.Staff;

/// <summary>
/// A member of staff (pegawai) of one organisation unit, in an optional position. Civil servants (PNS)
/// are identified by their NIP; PPPK staff may carry their NI PPPK; other staff (non-ASN) have none.
/// May be linked to the sign-in account the person uses.
/// </summary>
public sealed class StaffMember : ITenantOwned
{
    public int Id { get; set; }
    public string TenantId { get; set; } = "";
    public string FullName { get; set; } = "";
    public StaffStatus Status { get; set; }

    /// <summary>18 digits: the NIP of a PNS (validated with <see cref="People.Nip"/>) or the NI PPPK; null otherwise.</summary>
    public string? Nip { get; set; }

    public int UnitId { get; set; }
    public OrganisationUnit? Unit { get; set; }
    public int? PositionId { get; set; }
    public Position? Position { get; set; }

    /// <summary>The id of the person's sign-in account, when they have one.</summary>
    public string? UserId { get; set; }

    public bool Active { get; set; } = true;
}

namespace Pamong.Platform.Organisations.Staff;

/// <summary>What an administrator enters for a member of staff.</summary>
public sealed class StaffInput
{
    public string? FullName { get; set; }

    /// <summary>"Asn", "Pppk" or "NonAsn".</summary>
    public string? Status { get; set; }

    /// <summary>Required for PNS (ASN), optional for PPPK (their NI PPPK), empty for non-ASN. Spaces are ignored.</summary>
    public string? Nip { get; set; }

    public int? UnitId { get; set; }

    public int? PositionId { get; set; }

    /// <summary>Optional: the user name of the person's staff sign-in account.</summary>
    public string? Account { get; set; }

    public bool Active { get; set; } = true;
}

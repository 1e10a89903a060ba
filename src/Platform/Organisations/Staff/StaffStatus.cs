namespace Pamong.Platform.Organisations.Staff;

/// <summary>The employment status of a member of staff.</summary>
public enum StaffStatus
{
    /// <summary>Civil servant (PNS): has a NIP.</summary>
    Asn,

    /// <summary>Government employee on contract (PPPK): may carry an NI PPPK.</summary>
    Pppk,

    /// <summary>Honorary or outsourced staff: no NIP.</summary>
    NonAsn,
}

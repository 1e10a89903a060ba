using Pamong.Platform.Tenancy;

namespace Pamong.Complaints.Deadlines;

/// <summary>
/// A day off (national holiday, cuti bersama, a local holiday) that deadlines skip. Kept in this module for now;
/// a Pemda-wide holiday calendar may later replace it.
/// </summary>
public sealed class ComplaintHoliday : ITenantOwned
{
    public int Id { get; set; }
    public string TenantId { get; set; } = "";
    public int SettingsId { get; set; }
    public DateOnly Date { get; set; }
    public string Name { get; set; } = "";
}

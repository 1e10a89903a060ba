using Pamong.Platform.Tenancy;

namespace Pamong.PublicServices.Calendar;

/// <summary>A day off of the Pemda (libur nasional, cuti bersama, a regional holiday): not a working day.</summary>
public sealed class Holiday : ITenantOwned
{
    public Guid Id { get; set; }
    public string TenantId { get; set; } = "";
    public DateOnly Date { get; set; }
    public string Name { get; set; } = "";
}

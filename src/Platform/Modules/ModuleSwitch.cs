using Pamong.Platform.Tenancy;

namespace Pamong.Platform.Modules;

/// <summary>Whether a Pemda has switched a module on. No row means off.</summary>
public sealed class ModuleSwitch : ITenantOwned
{
    public long Id { get; set; }
    public string TenantId { get; set; } = "";
    public string ModuleId { get; set; } = "";
    public bool Enabled { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
}

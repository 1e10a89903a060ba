using Pamong.Platform.Tenancy;

namespace Pamong.SocialProtection.Programs;

/// <summary>How many households of one village a program may select.</summary>
public sealed class VillageQuota : ITenantOwned
{
    public int Id { get; set; }
    public string TenantId { get; set; } = "";
    public int ProgramId { get; set; }
    public string VillageCode { get; set; } = "";
    public int Quota { get; set; }
}

using Pamong.Platform.Tenancy;

namespace Pamong.SocialProtection.Distribution;

/// <summary>
/// A stage (tahap) of a program's distribution for a period: its recipient list per village is taken from the
/// program's announced run when the cycle is opened (one <see cref="HandOver"/> per selected household).
/// </summary>
public sealed class DistributionCycle : ITenantOwned
{
    public int Id { get; set; }
    public string TenantId { get; set; } = "";
    public int ProgramId { get; set; }
    public int RunId { get; set; }
    public string Period { get; set; } = "";

    /// <summary>1 for "Tahap 1", and so on up to the program's stages per year.</summary>
    public int Stage { get; set; }

    /// <summary>How it is paid, e.g. "Bank Himbara", "PT Pos Indonesia", "tunai di balai desa".</summary>
    public string Channel { get; set; } = "";

    public DateOnly PlannedOn { get; set; }
    public bool Closed { get; set; }
    public string OpenedBy { get; set; } = "";
    public DateTimeOffset OpenedAt { get; set; }
}

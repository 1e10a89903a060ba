using Pamong.Platform.Tenancy;

namespace Pamong.SocialProtection.Programs;

/// <summary>A part of a program's benefit per stage, paid when the household has its circumstance (PKH: per pregnant member, child, elderly...).</summary>
public sealed class BenefitComponent : ITenantOwned
{
    public int Id { get; set; }
    public string TenantId { get; set; } = "";
    public int ProgramId { get; set; }
    public string Name { get; set; } = "";

    /// <summary>The circumstance that earns it; null: every recipient.</summary>
    public Criterion? Criterion { get; set; }

    public long Amount { get; set; }
}

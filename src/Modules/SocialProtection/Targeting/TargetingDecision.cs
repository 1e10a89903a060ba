using Pamong.Platform.AuditTrail;
using Pamong.Platform.Tenancy;

namespace Pamong.SocialProtection.Targeting;

/// <summary>
/// What one run decided for one household, with every rule's outcome (JSON of <see cref="RuleOutcome"/>).
/// Written in bulk by the run (one audit record per run, not per row); later changes (an upheld appeal) are audited.
/// </summary>
[NotAudited]
public sealed class TargetingDecision : ITenantOwned
{
    public long Id { get; set; }
    public string TenantId { get; set; } = "";
    public int RunId { get; set; }
    public int HouseholdId { get; set; }
    public string KkNumber { get; set; } = "";
    public string VillageCode { get; set; } = "";
    public string HeadName { get; set; } = "";
    public string HeadNik { get; set; } = "";
    public string Rt { get; set; } = "";
    public string Rw { get; set; } = "";
    public DecisionStatus Status { get; set; }
    public int? Rank { get; set; }

    /// <summary>The benefit per stage for this household (base + its components), when selected.</summary>
    public long Benefit { get; set; }

    public string OutcomesJson { get; set; } = "[]";

    /// <summary>The appeal that changed this decision after the announcement, e.g. "A-4".</summary>
    public string? ChangedBy { get; set; }

    public IReadOnlyList<RuleOutcome> Outcomes => OutcomeJson.Read(OutcomesJson);
}

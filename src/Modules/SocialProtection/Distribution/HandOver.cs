using Pamong.Platform.Tenancy;

namespace Pamong.SocialProtection.Distribution;

/// <summary>One recipient household of a cycle: the planned amount, and what the field officer recorded.</summary>
public sealed class HandOver : ITenantOwned
{
    public long Id { get; set; }
    public string TenantId { get; set; } = "";
    public int CycleId { get; set; }
    public long DecisionId { get; set; }
    public int HouseholdId { get; set; }
    public string KkNumber { get; set; } = "";
    public string HeadName { get; set; } = "";
    public string VillageCode { get; set; } = "";
    public long Amount { get; set; }
    public HandOverStatus Status { get; set; }
    public ProofKind? ProofKind { get; set; }
    public string? ProofFileName { get; set; }
    public string? ProofSha256 { get; set; }
    public string? CardQr { get; set; }
    public string? Reason { get; set; }
    public string? RecordedBy { get; set; }
    public DateTimeOffset? RecordedAt { get; set; }
    public DateTimeOffset? ReturnedAt { get; set; }
}

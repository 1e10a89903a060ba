using Pamong.Platform.Tenancy;

namespace Pamong.SocialProtection.Appeals;

/// <summary>
/// A resident's sanggah against their own household's result in an announced run, filed within the appeal
/// period by the NIK's owner or by an agent holding the household's recorded consent; re-verified by the desa,
/// decided by the Dinas Sosial. When upheld, the welfare decile may be corrected and the decision changes.
/// </summary>
public sealed class Appeal : ITenantOwned
{
    public int Id { get; set; }
    public string TenantId { get; set; } = "";
    public int RunId { get; set; }
    public long DecisionId { get; set; }
    public int HouseholdId { get; set; }
    public string VillageCode { get; set; } = "";

    /// <summary>The NIK of the resident the appeal is for (a member of the household).</summary>
    public string Nik { get; set; } = "";

    public string FiledBy { get; set; } = "";

    /// <summary>The consent the agent relied on; null when the NIK's owner filed it.</summary>
    public int? ConsentId { get; set; }

    public string Reason { get; set; } = "";
    public string? EvidenceFileName { get; set; }
    public string? EvidenceSha256 { get; set; }
    public AppealStatus Status { get; set; }
    public DateTimeOffset FiledAt { get; set; }
    public string? VerifiedBy { get; set; }
    public string? VerificationNote { get; set; }
    public string? DecidedBy { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? DecisionReason { get; set; }

    /// <summary>The welfare decile found on re-verification, written to the household when upheld.</summary>
    public int? CorrectedDecile { get; set; }

    public string Reference => "A-" + Id;
}

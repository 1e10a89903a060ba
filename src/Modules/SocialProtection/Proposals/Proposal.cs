using Pamong.Platform.Tenancy;

namespace Pamong.SocialProtection.Proposals;

/// <summary>
/// An usul or sanggah of a village for one household and program, backed by the minutes (berita acara) of the
/// village deliberation (musdes/muskel, a PDF). Verified by the kecamatan, decided by the Dinas Sosial; an
/// accepted one is followed by the program's next run (see <see cref="Targeting.SelectionOverride"/>).
/// </summary>
public sealed class Proposal : ITenantOwned
{
    public int Id { get; set; }
    public string TenantId { get; set; } = "";
    public int ProgramId { get; set; }
    public ProposalKind Kind { get; set; }
    public int HouseholdId { get; set; }
    public string KkNumber { get; set; } = "";
    public string VillageCode { get; set; } = "";
    public string Reason { get; set; } = "";

    public DateOnly DeliberationDate { get; set; }
    public string MinutesFileName { get; set; } = "";

    /// <summary>SHA-256 of the minutes file, which is kept under the Pemda's folder by this name.</summary>
    public string MinutesSha256 { get; set; } = "";

    public ProposalStatus Status { get; set; }
    public string ProposedBy { get; set; } = "";
    public DateTimeOffset ProposedAt { get; set; }
    public string? VerifiedBy { get; set; }
    public DateTimeOffset? VerifiedAt { get; set; }
    public string? VerificationNote { get; set; }
    public string? DecidedBy { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? DecisionReason { get; set; }

    public string Reference => "U-" + Id;
}

using Pamong.Platform.AuditTrail;
using Pamong.Platform.Tenancy;

namespace Pamong.SocialProtection.DataQuality;

/// <summary>
/// Something the data-quality pass found, for the responsible desa/kecamatan to verify. Identified by a
/// stable <see cref="Key"/> so that re-running the pass updates instead of duplicating; a resolved finding
/// stays resolved unless its evidence changes (<see cref="EvidenceHash"/>). Findings are derived data the pass can
/// make again, so their rows are not copied into the audit trail; what people decide is: the resolution is
/// recorded as an audit event with the reason (see <see cref="FindingResolver"/>), and its effects on members are
/// audited changes.
/// </summary>
[NotAudited]
public sealed class DataQualityFinding : ITenantOwned
{
    public int Id { get; set; }
    public string TenantId { get; set; } = "";

    /// <summary>Kind plus the identifiers involved, e.g. "Deceased:3510155705900001".</summary>
    public string Key { get; set; } = "";

    public FindingKind Kind { get; set; }
    public string? Nik { get; set; }
    public string? KkNumber { get; set; }

    /// <summary>The village responsible for verifying the finding.</summary>
    public string VillageCode { get; set; } = "";

    /// <summary>What was found, as JSON (the records compared, the scores, the thresholds).</summary>
    public string Evidence { get; set; } = "{}";

    /// <summary>SHA-256 of <see cref="Evidence"/>, hex; a change reopens a resolved finding.</summary>
    public string EvidenceHash { get; set; } = "";

    public FindingStatus Status { get; set; }

    /// <summary>What was done, e.g. "Anggota ditandai meninggal".</summary>
    public string? Resolution { get; set; }

    public string? ResolvedBy { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }

    /// <summary>The officer's reason for confirming or dismissing.</summary>
    public string? Reason { get; set; }

    public DateTimeOffset FirstFoundAt { get; set; }
    public DateTimeOffset LastFoundAt { get; set; }

    /// <summary>False when the last pass no longer found it (the data was corrected elsewhere).</summary>
    public bool Current { get; set; } = true;
}

public enum FindingStatus
{
    Open,
    Confirmed,
    Dismissed,
}

public enum FindingKind
{
    /// <summary>The NIK fails the platform's structural check (16 digits, region, birth date, serial).</summary>
    NikInvalid,

    /// <summary>The birth date or sex encoded in the NIK contradicts the recorded ones.</summary>
    NikContradictsRecord,

    /// <summary>One NIK seen for two different people (different normalised name or birth date).</summary>
    NikSharedByDifferentPeople,

    /// <summary>One person apparently registered under two NIKs.</summary>
    PersonWithSeveralNiks,

    /// <summary>The member appears in an imported death record.</summary>
    Deceased,

    /// <summary>The member appears on an imported staff list (ASN, TNI/Polri, village officials).</summary>
    OnExclusionList,

    /// <summary>The household shows ability signals above the configured thresholds.</summary>
    AbilityAboveThreshold,

    /// <summary>The household receives two programs that exclude each other (found by the programs part).</summary>
    ExclusiveProgramsOverlap,
}

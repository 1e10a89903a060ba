using Pamong.Platform.AuditTrail;
using Pamong.Platform.Tenancy;

namespace Pamong.SocialProtection.CekBansos;

/// <summary>
/// One line of the precomputed Cek Bansos table: a person (by a keyed hash of the NIK, never the NIK itself)
/// and one announced program result of their household, with the normalised name to compare and what the
/// answer needs. Rebuilt for a program when one of its runs is announced or a decision changes, so that a
/// lookup is one indexed read with no joins.
/// </summary>
[NotAudited]
public sealed class CekBansosEntry : ITenantOwned
{
    public long Id { get; set; }
    public string TenantId { get; set; } = "";

    /// <summary>HMAC-SHA-256 of the NIK under the deployment's lookup key, first 16 bytes as 32 hex digits.</summary>
    public string NikHash { get; set; } = "";

    /// <summary>The person's name after the registry's Indonesian normalisation.</summary>
    public string NameKey { get; set; } = "";

    public int ProgramId { get; set; }
    public string ProgramName { get; set; } = "";
    public int RunId { get; set; }
    public long DecisionId { get; set; }
    public string Period { get; set; } = "";
    public string VillageName { get; set; } = "";
    public Targeting.DecisionStatus Status { get; set; }
    public string OutcomesJson { get; set; } = "[]";
    public DateTimeOffset? AppealUntil { get; set; }
}

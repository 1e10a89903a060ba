namespace Pamong.SocialProtection.Appeals;

/// <summary>An appeal as the API shows it (the NIK masked).</summary>
public sealed record AppealJson(int Id, string Reference, int RunId, int HouseholdId, string VillageCode, string Nik, string FiledBy, bool ByAgent, string Reason,
    bool HasEvidence, string Status, DateTimeOffset FiledAt, string? VerifiedBy, string? VerificationNote, int? CorrectedDecile, string? DecidedBy, DateTimeOffset? DecidedAt, string? DecisionReason)
{
    public static AppealJson From(Appeal a) => new(a.Id, a.Reference, a.RunId, a.HouseholdId, a.VillageCode, a.Nik[..Math.Min(4, a.Nik.Length)] + "********" + a.Nik[Math.Max(0, a.Nik.Length - 4)..],
        a.FiledBy, a.ConsentId is not null, a.Reason, a.EvidenceSha256 is not null, a.Status.ToString(), a.FiledAt, a.VerifiedBy, a.VerificationNote, a.CorrectedDecile,
        a.DecidedBy, a.DecidedAt, a.DecisionReason);
}

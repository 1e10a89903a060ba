namespace Pamong.SocialProtection.Proposals;

/// <summary>A proposal as the API shows it.</summary>
public sealed record ProposalJson(int Id, string Reference, string Program, string Kind, string KkNumber, string VillageCode, string Reason, DateOnly DeliberationDate,
    string Status, string ProposedBy, DateTimeOffset ProposedAt, string? VerifiedBy, string? VerificationNote, string? DecidedBy, DateTimeOffset? DecidedAt, string? DecisionReason)
{
    public static ProposalJson From(Proposal p, string program) => new(p.Id, p.Reference, program, p.Kind.ToString(), p.KkNumber, p.VillageCode, p.Reason, p.DeliberationDate,
        p.Status.ToString(), p.ProposedBy, p.ProposedAt, p.VerifiedBy, p.VerificationNote, p.DecidedBy, p.DecidedAt, p.DecisionReason);
}

namespace Pamong.SocialProtection.Proposals;

/// <summary>An usul or sanggah as the desa form and the API send it (the minutes PDF comes as a file next to it).</summary>
public sealed class ProposalInput
{
    public string? Program { get; set; }
    public ProposalKind? Kind { get; set; }
    public string? KkNumber { get; set; }
    public string? Reason { get; set; }
    public DateOnly? DeliberationDate { get; set; }
}

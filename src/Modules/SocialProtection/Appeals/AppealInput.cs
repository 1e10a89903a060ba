namespace Pamong.SocialProtection.Appeals;

/// <summary>A resident's appeal as the form and the API send it: the program, the NIK it is about, the reason, optional evidence (PDF, JPEG or PNG, base64).</summary>
public sealed class AppealInput
{
    public string? Program { get; set; }
    public string? Nik { get; set; }
    public string? Reason { get; set; }
    public string? EvidenceBase64 { get; set; }
}

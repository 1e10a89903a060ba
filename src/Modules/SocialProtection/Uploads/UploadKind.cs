namespace Pamong.SocialProtection.Uploads;

/// <summary>The kinds of file Perlinsos accepts: minutes and evidence as PDF, proof of hand-over as JPEG or PNG.</summary>
public enum UploadKind
{
    Pdf,
    Jpeg,
    Png,
}

namespace Pamong.SocialProtection.Distribution;

/// <summary>
/// What the field officer records for one recipient: delivered with proof (a photo or a drawn signature as base64
/// JPEG/PNG, or the card's QR value), or undelivered with the reason.
/// </summary>
public sealed class HandOverInput
{
    public bool Delivered { get; set; }
    public ProofKind? ProofKind { get; set; }
    public string? ProofBase64 { get; set; }
    public string? CardQr { get; set; }
    public string? Reason { get; set; }
}

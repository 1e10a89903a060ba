using System.Text.Json.Serialization;

namespace Pamong.SocialProtection.Distribution;

/// <summary>How a hand-over is proven.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ProofKind>))]
public enum ProofKind
{
    /// <summary>A photo of the recipient with the benefit (JPEG or PNG).</summary>
    Photo,

    /// <summary>The recipient's signature drawn on the officer's device (a PNG image).</summary>
    Signature,

    /// <summary>The value of the QR code on the recipient's card (KKS), typed or scanned.</summary>
    CardQr,
}

namespace Pamong.Platform.Signing;

/// <summary>Configuration "Signing".</summary>
public sealed class SigningOptions
{
    public const string Section = "Signing";

    /// <summary>
    /// The public address the QR codes point at, e.g. "https://layanan.banyuwangikab.go.id"; when empty, the address
    /// of the request that issues the document is used.
    /// </summary>
    public string? PublicBaseUrl { get; set; }
}

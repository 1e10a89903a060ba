namespace Pamong.Platform.Signing.Certificates;

/// <summary>The key pairs the Pemda's CA generates.</summary>
public enum SigningKeyType
{
    /// <summary>RSA 3072 bit (the widest reader support).</summary>
    Rsa3072,

    /// <summary>ECDSA on NIST P-256 (small and fast; Adobe Reader and poppler check it).</summary>
    EcdsaP256,
}

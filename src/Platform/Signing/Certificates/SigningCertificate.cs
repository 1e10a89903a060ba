using Pamong.Platform.Tenancy;

namespace Pamong.Platform.Signing.Certificates;

/// <summary>
/// An X.509 certificate with its private key, for signing documents: the Pemda's own root CA, or the certificate
/// of a unit or an officer (issued by that root CA, or imported from an external CA such as BSrE). The private key
/// is kept only encrypted (<see cref="ProtectedKey"/>, see <see cref="PrivateKeyVault"/>) and never leaves the server.
/// </summary>
public sealed class SigningCertificate : ITenantOwned
{
    public Guid Id { get; set; }
    public string TenantId { get; set; } = "";
    public CertificateHolder Holder { get; set; }

    /// <summary>The unit the certificate belongs to (an officer's unit for an officer's certificate); null for the root CA.</summary>
    public string? UnitCode { get; set; }

    /// <summary>The officer's account for an officer's certificate.</summary>
    public string? UserId { get; set; }

    /// <summary>Whose name the certificate carries: the unit's, the officer's, or the Pemda's for the root CA.</summary>
    public string HolderName { get; set; } = "";

    public string Subject { get; set; } = "";
    public string Issuer { get; set; } = "";
    public string SerialNumber { get; set; } = "";

    /// <summary>SHA-256 of the certificate, upper-case hex (as readers show fingerprints).</summary>
    public string Fingerprint { get; set; } = "";

    /// <summary>e.g. "RSA 3072" or "ECDSA P-256".</summary>
    public string KeyAlgorithm { get; set; } = "";

    public CertificateSource Source { get; set; }
    public DateTime NotBefore { get; set; }
    public DateTime NotAfter { get; set; }

    /// <summary>The certificate, DER.</summary>
    public byte[] Certificate { get; set; } = [];

    /// <summary>The issuing chain (without the certificate itself), PEM certificates one after another; empty when self-signed.</summary>
    public byte[] Chain { get; set; } = [];

    /// <summary>The private key (PKCS#8), encrypted with ASP.NET Core Data Protection.</summary>
    public byte[] ProtectedKey { get; set; } = [];

    public DateTime CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTime? RevokedAt { get; set; }
    public string? RevokedBy { get; set; }
    public string? RevocationReason { get; set; }

    public bool IsValid(DateTime now) => RevokedAt is null && NotBefore <= now && now <= NotAfter;

    public CertificateState StateAt(DateTime now) =>
        RevokedAt is not null ? CertificateState.Revoked
        : now > NotAfter ? CertificateState.Expired
        : now < NotBefore ? CertificateState.NotYetValid
        : CertificateState.Valid;
}

public enum CertificateHolder
{
    RootCa,
    Unit,
    Officer,
}

public enum CertificateSource
{
    /// <summary>Key pair made here, certificate issued by the Pemda's root CA.</summary>
    Generated,

    /// <summary>Imported from a PKCS#12 file issued by an external CA (e.g. BSrE).</summary>
    Imported,
}

public enum CertificateState
{
    Valid,
    Expired,
    NotYetValid,
    Revoked,
}

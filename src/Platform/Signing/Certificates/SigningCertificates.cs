using System.Security.Cryptography.X509Certificates;
using Pamong.Platform.AuditTrail;

namespace Pamong.Platform.Signing.Certificates;

/// <summary>Turns a certificate with its key into a stored row.</summary>
internal static class SigningCertificates
{
    public static SigningCertificate Row(
        string tenantId, X509Certificate2 withKey, PrivateKeyVault vault, CertificateHolder holder, string? unitCode, string? userId,
        string holderName, CertificateSource source, IEnumerable<X509Certificate2> chain, TimeProvider clock, AuditActor? actor = null) => new()
        {
            Id = Guid.NewGuid(),
            TenantId = tenantId,
            Holder = holder,
            UnitCode = unitCode,
            UserId = userId,
            HolderName = holderName,
            Subject = withKey.Subject,
            Issuer = withKey.Issuer,
            SerialNumber = withKey.SerialNumber,
            Fingerprint = CertificateFactory.Fingerprint(withKey),
            KeyAlgorithm = CertificateFactory.Describe(withKey),
            Source = source,
            NotBefore = withKey.NotBefore.ToUniversalTime(),
            NotAfter = withKey.NotAfter.ToUniversalTime(),
            Certificate = withKey.RawData,
            Chain = CertificateChain.ToPem(chain),
            ProtectedKey = vault.Protect(tenantId, withKey),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            CreatedBy = actor?.Name ?? "sistem",
        };
}

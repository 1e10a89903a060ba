using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace Pamong.Platform.Signing.Certificates;

/// <summary>
/// Keeps signing keys encrypted at rest: the PKCS#8 private key is protected with ASP.NET Core Data Protection
/// (AES-256-CBC + HMAC-SHA256 under the deployment's key ring, purpose bound to the tenant), and only ever
/// decrypted in memory to sign. Keys are never shown or exported.
/// </summary>
public sealed class PrivateKeyVault(IDataProtectionProvider protection)
{
    private const string Purpose = "Pamong.Signing.PrivateKey.v1";

    public byte[] Protect(string tenantId, X509Certificate2 withKey)
    {
        using var rsa = withKey.GetRSAPrivateKey();
        using var ecdsa = rsa is null ? withKey.GetECDsaPrivateKey() : null;
        var pkcs8 = rsa?.ExportPkcs8PrivateKey() ?? ecdsa?.ExportPkcs8PrivateKey()
            ?? throw new CryptographicException("Only RSA and ECDSA keys can be used for signing.");
        try
        {
            return Protector(tenantId).Protect(pkcs8);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(pkcs8);
        }
    }

    /// <summary>The certificate with its private key, for signing; dispose it after use.</summary>
    public X509Certificate2 Open(SigningCertificate stored)
    {
        var certificate = X509CertificateLoader.LoadCertificate(stored.Certificate);
        var pkcs8 = Protector(stored.TenantId).Unprotect(stored.ProtectedKey);
        try
        {
            using var publicRsa = certificate.GetRSAPublicKey();
            if (publicRsa is not null)
            {
                using var rsa = RSA.Create();
                rsa.ImportPkcs8PrivateKey(pkcs8, out _);
                return certificate.CopyWithPrivateKey(rsa);
            }

            using var ecdsa = ECDsa.Create();
            ecdsa.ImportPkcs8PrivateKey(pkcs8, out _);
            return certificate.CopyWithPrivateKey(ecdsa);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(pkcs8);
            certificate.Dispose();
        }
    }

    private IDataProtector Protector(string tenantId) => protection.CreateProtector(Purpose, tenantId);
}

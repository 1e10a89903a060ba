using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Pamong.Platform.Signing.Certificates;

/// <summary>
/// Makes the Pemda's root CA certificate and the document-signing certificates it issues (key usage digital
/// signature + non-repudiation; extended key usage document signing and e-mail protection, which readers and
/// NSS expect of a signer). Pure: the caller stores the results.
/// </summary>
public static class CertificateFactory
{
    public const int RootYears = 20;
    public const int SignerYears = 2;

    private static readonly Oid DocumentSigning = new("1.3.6.1.5.5.7.3.36", "Document Signing");
    private static readonly Oid EmailProtection = new("1.3.6.1.5.5.7.3.4", "Secure Email");

    /// <summary>A self-signed RSA 3072 root CA for the Pemda, valid for <see cref="RootYears"/> years.</summary>
    public static X509Certificate2 CreateRoot(string pemdaName, DateTimeOffset now)
    {
        using var key = RSA.Create(3072);
        var name = new X500DistinguishedNameBuilder();
        name.AddCountryOrRegion("ID");
        name.AddOrganizationName(pemdaName);
        name.AddCommonName("Root CA " + pemdaName);
        var request = new CertificateRequest(name.Build(), key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, true, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign | X509KeyUsageFlags.DigitalSignature, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        return request.CreateSelfSigned(now.AddHours(-1), now.AddYears(RootYears));
    }

    /// <summary>A key pair and its certificate for <paramref name="commonName"/>, signed by <paramref name="issuer"/> (which must hold its private key).</summary>
    public static X509Certificate2 Issue(X509Certificate2 issuer, string commonName, string? unitName, string pemdaName, SigningKeyType type, DateTimeOffset now)
    {
        var name = new X500DistinguishedNameBuilder();
        name.AddCountryOrRegion("ID");
        name.AddOrganizationName(pemdaName);
        if (!string.IsNullOrWhiteSpace(unitName))
        {
            name.AddOrganizationalUnitName(unitName);
        }

        name.AddCommonName(commonName);
        using var rsa = type == SigningKeyType.Rsa3072 ? RSA.Create(3072) : null;
        using var ecdsa = type == SigningKeyType.EcdsaP256 ? ECDsa.Create(ECCurve.NamedCurves.nistP256) : null;
        var request = rsa is not null
            ? new CertificateRequest(name.Build(), rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
            : new CertificateRequest(name.Build(), ecdsa!, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([DocumentSigning, EmailProtection], false));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(issuer, true, false));

        var notAfter = now.AddYears(SignerYears);
        if (notAfter > issuer.NotAfter)
        {
            notAfter = issuer.NotAfter;
        }

        var serial = RandomNumberGenerator.GetBytes(16);
        serial[0] &= 0x7F; // a positive serial number
        using var issuerKey = issuer.GetRSAPrivateKey();
        using var issuerEcKey = issuerKey is null ? issuer.GetECDsaPrivateKey() : null;
        var generator = issuerKey is not null
            ? X509SignatureGenerator.CreateForRSA(issuerKey, RSASignaturePadding.Pkcs1)
            : X509SignatureGenerator.CreateForECDsa(issuerEcKey ?? throw new ArgumentException("The issuer has no private key.", nameof(issuer)));
        using var certificate = request.Create(issuer.SubjectName, generator, now.AddHours(-1), notAfter, serial);
        return rsa is not null ? certificate.CopyWithPrivateKey(rsa) : certificate.CopyWithPrivateKey(ecdsa!);
    }

    /// <summary>"RSA 3072", "ECDSA P-256", ... for lists.</summary>
    public static string Describe(X509Certificate2 certificate)
    {
        using var rsa = certificate.GetRSAPublicKey();
        if (rsa is not null)
        {
            return "RSA " + rsa.KeySize;
        }

        using var ecdsa = certificate.GetECDsaPublicKey();
        return ecdsa is not null ? "ECDSA P-" + ecdsa.KeySize : certificate.PublicKey.Oid.FriendlyName ?? certificate.PublicKey.Oid.Value ?? "?";
    }

    /// <summary>SHA-256 of the certificate, upper-case hex.</summary>
    public static string Fingerprint(X509Certificate2 certificate) => Convert.ToHexString(certificate.GetCertHash(HashAlgorithmName.SHA256));
}

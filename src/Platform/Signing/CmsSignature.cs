using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;

namespace Pamong.Platform.Signing;

/// <summary>
/// The CMS SignedData (PKCS#7, detached) a PDF signature carries for /SubFilter /adbe.pkcs7.detached: SHA-256 over
/// the signed byte ranges, the signer's certificate and its chain, and the signing time as a signed attribute.
/// </summary>
public static class CmsSignature
{
    private static readonly Oid Sha256 = new("2.16.840.1.101.3.4.2.1", "sha256");

    public static byte[] Sign(byte[] signedBytes, X509Certificate2 signerWithKey, X509Certificate2Collection chain, DateTimeOffset signedAt)
    {
        var cms = new SignedCms(new ContentInfo(signedBytes), detached: true);
        var signer = new CmsSigner(SubjectIdentifierType.IssuerAndSerialNumber, signerWithKey)
        {
            DigestAlgorithm = Sha256,
            IncludeOption = X509IncludeOption.EndCertOnly,
        };
        signer.Certificates.AddRange(chain);
        signer.SignedAttributes.Add(new Pkcs9SigningTime(signedAt.UtcDateTime));
        cms.ComputeSignature(signer, silent: true);
        return cms.Encode();
    }
}

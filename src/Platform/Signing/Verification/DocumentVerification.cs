using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.EntityFrameworkCore;
using Pamong.Platform.Data;
using Pamong.Platform.Signing.Certificates;

namespace Pamong.Platform.Signing.Verification;

/// <summary>What the public verification page and API say about a document: nothing personal, only the register's facts.</summary>
public sealed record VerifiedDocument(
    string Number, string Title, string Kind, string IssuerName, string IssuerUnitCode, string SignerName, DateTime IssuedAt,
    string Status, DateTime? RevokedAt, string? RevocationReason, string Sha256,
    string CertificateSubject, string CertificateIssuer, string CertificateSerialNumber, DateTime CertificateNotBefore, DateTime CertificateNotAfter,
    DateTime? CertificateRevokedAt)
{
    public bool IsValid => Status == "valid";
}

/// <summary>The check of a file someone holds against the register: its SHA-256 and its embedded signature.</summary>
public sealed record FileVerification(
    bool MatchesIssuedFile, string Sha256, bool SignatureFound, bool SignatureValid, bool SignatureCoversWholeFile,
    bool SignedWithIssuedCertificate, bool ChainsToPemdaRoot, bool DocumentValid)
{
    /// <summary>The file is exactly what was issued, its signature holds, and the document is not revoked.</summary>
    public bool Authentic => MatchesIssuedFile && SignatureValid && SignedWithIssuedCertificate && DocumentValid;
}

/// <summary>Looks documents up by their verification code and checks uploaded files (public, no sign-in).</summary>
public sealed class DocumentVerification(PamongDb db, PemdaRootCa root)
{
    public const int MaxUploadBytes = 20 * 1024 * 1024;

    public async Task<VerifiedDocument?> FindAsync(string? code, CancellationToken ct = default)
    {
        var clean = VerificationLinks.Normalise(code);
        if (clean is null)
        {
            return null;
        }

        return await (from d in db.IssuedDocuments.AsNoTracking()
                      join c in db.SigningCertificates.AsNoTracking() on d.CertificateId equals c.Id
                      where d.VerificationCode == clean
                      select new VerifiedDocument(d.Number, d.Title, d.Kind, d.IssuerName, d.IssuerUnitCode, d.SignerName, d.IssuedAt,
                          d.Status == IssuedDocumentStatus.Valid ? "valid" : "revoked", d.RevokedAt, d.RevocationReason, d.Sha256,
                          c.Subject, c.Issuer, c.SerialNumber, c.NotBefore, c.NotAfter, c.RevokedAt)).FirstOrDefaultAsync(ct);
    }

    public async Task<FileVerification?> CheckAsync(string? code, byte[] file, CancellationToken ct = default)
    {
        var clean = VerificationLinks.Normalise(code);
        var document = clean is null ? null : await db.IssuedDocuments.AsNoTracking()
            .Where(d => d.VerificationCode == clean).Select(d => new { d.Sha256, d.CertificateId, d.Status }).FirstOrDefaultAsync(ct);
        if (document is null)
        {
            return null;
        }

        var certificate = await db.SigningCertificates.AsNoTracking().Where(c => c.Id == document.CertificateId)
            .Select(c => new { c.Fingerprint }).FirstAsync(ct);
        var rootRow = await root.FindAsync(ct);
        using var rootCertificate = rootRow is null ? null : X509CertificateLoader.LoadCertificate(rootRow.Certificate);
        var sha = Convert.ToHexStringLower(SHA256.HashData(file));
        var signature = PdfSignatureCheck.Check(file, rootCertificate);
        using var signer = signature.Signer;
        return new FileVerification(
            sha == document.Sha256, sha, signature.Found, signature.Valid, signature.CoversWholeFile,
            signer is not null && CertificateFactory.Fingerprint(signer) == certificate.Fingerprint, signature.ChainsToRoot,
            document.Status == IssuedDocumentStatus.Valid);
    }
}

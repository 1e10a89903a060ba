using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Pamong.Platform.AuditTrail;
using Pamong.Platform.Data;
using Pamong.Platform.Demo;
using Pamong.Platform.Localization;
using Pamong.Platform.Signing.Certificates;
using Pamong.Platform.Web;
using Pamong.Platform.Web.Export;

namespace Pamong.Platform.Signing.Documents;

/// <summary>
/// The platform's <see cref="IDocumentIssuer"/>: composes, adds the QR code and the signature block, signs the PDF
/// (a real PDF signature: CMS over the byte ranges, with the signer's certificate chain) and stores it in the register.
/// In demo mode a unit that never had a certificate gets one from the Pemda's root CA on its first document.
/// </summary>
internal sealed class DocumentIssuer(
    PamongDb db, CertificateRegistry certificates, PrivateKeyVault vault, VerificationLinks links, AuditActor actor,
    TimeProvider clock, IOptions<DemoOptions> demo, IStringLocalizer<SigningText> text) : IDocumentIssuer
{
    public async Task<IssuedDocument> IssueAsync(DocumentRequest request, Action<PdfWriter> compose, CancellationToken cancellationToken = default)
    {
        var unit = await db.OrganisationUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Code == request.IssuerUnitCode && u.Active, cancellationToken)
            ?? throw new SigningRefusedException(Refusal.NotFound(SigningRefusedException.UnknownUnit, text["unit_not_found"]));
        var certificate = await certificates.ForSigningAsync(unit.Code, request.SignerUserId, cancellationToken);
        if (certificate is null && demo.Value.Enabled && !await certificates.UnitHasAnyAsync(unit.Code, cancellationToken))
        {
            certificate = (await certificates.GenerateAsync(new NewCertificate("unit", unit.Code, null, "ecdsa-p256"), cancellationToken)).Value;
        }

        if (certificate is null)
        {
            throw new SigningRefusedException(Refusal.Conflict(SigningRefusedException.NoValidCertificate, text["no_valid_certificate", unit.Name]));
        }

        var now = clock.GetUtcNow();
        var code = VerificationLinks.NewCode();
        var url = links.For(code);
        var pdf = new PdfWriter { DocumentTitle = request.Title, Footer = $"{unit.Name} · {request.Number}" };
        compose(pdf);

        using var signer = vault.Open(certificate);
        var chain = CertificateChain.FromPem(certificate.Chain);
        var wib = TimeZoneInfo.ConvertTime(now, IndonesianFormat.Wib);
        var issuerName = signer.IssuerName.Format(false);
        SignatureBlock.Draw(pdf, url, code, certificate.HolderName, unit.Name, CommonName(signer.IssuerName) ?? issuerName,
            wib.ToString("d MMMM yyyy HH:mm 'WIB'", IndonesianFormat.Indonesian));
        pdf.Signature = new PdfSignatureSlot(certificate.HolderName, $"{request.Title} nomor {request.Number}", unit.Name, wib);
        var file = PdfSignaturePlaceholder.Fill(pdf.ToBytes(), bytes => CmsSignature.Sign(bytes, signer, chain, now));
        foreach (var certificateInChain in chain)
        {
            certificateInChain.Dispose();
        }

        var document = new IssuedDocument
        {
            Id = Guid.NewGuid(),
            Kind = request.Kind,
            Number = request.Number,
            Title = request.Title,
            IssuerUnitCode = unit.Code,
            IssuerName = unit.Name,
            SignerName = certificate.HolderName,
            CertificateId = certificate.Id,
            IssuedAt = now.UtcDateTime,
            IssuedBy = actor.Name,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(file)),
            Content = file,
            Length = file.Length,
            VerificationCode = code,
            Status = IssuedDocumentStatus.Valid,
        };
        db.IssuedDocuments.Add(document);
        await db.SaveChangesAsync(cancellationToken);
        return document;
    }

    public Task<IssuedDocument?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        db.IssuedDocuments.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken);

    public async Task RevokeAsync(Guid id, string reason, CancellationToken cancellationToken = default)
    {
        var document = await db.IssuedDocuments.FirstOrDefaultAsync(d => d.Id == id, cancellationToken)
            ?? throw new SigningRefusedException(Refusal.NotFound(SigningRefusedException.DocumentNotFound, text["document_not_found"]));
        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > 500)
        {
            throw new SigningRefusedException(Refusal.OnField(SigningRefusedException.ReasonRequired, "Reason", text["reason_required"]));
        }

        if (document.Status == IssuedDocumentStatus.Revoked)
        {
            throw new SigningRefusedException(Refusal.Conflict(SigningRefusedException.AlreadyRevoked, text["document_already_revoked"]));
        }

        document.Status = IssuedDocumentStatus.Revoked;
        document.RevokedAt = clock.GetUtcNow().UtcDateTime;
        document.RevokedBy = actor.Name;
        document.RevocationReason = reason.Trim();
        actor.GiveReason(reason);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string? CommonName(X500DistinguishedName name) =>
        name.EnumerateRelativeDistinguishedNames().FirstOrDefault(r => r.GetSingleElementType().Value == "2.5.4.3")?.GetSingleElementValue();
}

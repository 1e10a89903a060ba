using Pamong.Platform.Web.Export;

namespace Pamong.Platform.Signing;

/// <summary>
/// Issues signed PDF documents into the register. Other code (public services, later the e-office module)
/// calls it; the signature, the QR code and the register are the platform's.
/// </summary>
public interface IDocumentIssuer
{
    /// <summary>
    /// <paramref name="compose"/> draws the body on a platform <see cref="PdfWriter"/>; the issuer adds the QR code
    /// (pointing at the public verification URL) and a signature block, signs with the signer's (or else the unit's)
    /// valid certificate, stores and returns it. Throws <see cref="SigningRefusedException"/> when there is no valid
    /// certificate to sign with, or the unit is unknown.
    /// </summary>
    Task<IssuedDocument> IssueAsync(DocumentRequest request, Action<PdfWriter> compose, CancellationToken cancellationToken = default);

    Task<IssuedDocument?> FindAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Marks the document revoked (its verification page says so from then on). Throws <see cref="SigningRefusedException"/> when unknown or already revoked.</summary>
    Task RevokeAsync(Guid id, string reason, CancellationToken cancellationToken = default);
}

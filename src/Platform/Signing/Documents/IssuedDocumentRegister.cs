using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Pamong.Platform.Accounts;
using Pamong.Platform.Data;
using Pamong.Platform.Web;

namespace Pamong.Platform.Signing.Documents;

/// <summary>A line of the register (without the file).</summary>
public sealed record IssuedDocumentSummary(
    Guid Id, string Kind, string Number, string Title, string IssuerUnitCode, string IssuerName, string SignerName, DateTime IssuedAt,
    string Sha256, int Length, string VerificationCode, string Status, DateTime? RevokedAt, string? RevocationReason);

/// <summary>
/// The register of issued documents as officers read it: searched by number, title, issuer or signer; each officer
/// sees the documents of the units in their area (desa and kecamatan units are their region's code; OPD and the
/// Pemda's documents are seen by officers who hold the permission Pemda-wide).
/// </summary>
public sealed class IssuedDocumentRegister(PamongDb db)
{
    public async Task<Paged<IssuedDocumentSummary>> SearchAsync(ClaimsPrincipal user, string? query, int? page, int? pageSize, CancellationToken ct = default)
    {
        var (number, size) = Paging.Clamp(page, pageSize);
        var rows = Visible(user);
        var q = (query ?? "").Trim();
        if (q.Length > 0)
        {
            var pattern = "%" + q.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
            rows = rows.Where(d => EF.Functions.Like(d.Number, pattern, "\\") || EF.Functions.Like(d.Title, pattern, "\\")
                || EF.Functions.Like(d.IssuerName, pattern, "\\") || EF.Functions.Like(d.SignerName, pattern, "\\") || d.IssuerUnitCode == q);
        }

        var total = await rows.CountAsync(ct);
        var items = await rows.OrderByDescending(d => d.IssuedAt).ThenBy(d => d.Id).Skip((number - 1) * size).Take(size)
            .Select(d => new IssuedDocumentSummary(d.Id, d.Kind, d.Number, d.Title, d.IssuerUnitCode, d.IssuerName, d.SignerName, d.IssuedAt,
                d.Sha256, d.Length, d.VerificationCode, d.Status == IssuedDocumentStatus.Valid ? "valid" : "revoked", d.RevokedAt, d.RevocationReason))
            .ToListAsync(ct);
        return new Paged<IssuedDocumentSummary>(items, number, size, total);
    }

    /// <summary>The document with its file, when the officer may read it.</summary>
    public Task<IssuedDocument?> FindAsync(ClaimsPrincipal user, Guid id, CancellationToken ct = default) =>
        Visible(user).FirstOrDefaultAsync(d => d.Id == id, ct);

    private IQueryable<IssuedDocument> Visible(ClaimsPrincipal user) =>
        db.IssuedDocuments.AsNoTracking().Where(OfficerArea.For(user, Permissions.ReadIssuedDocuments).Filter<IssuedDocument>(d => d.IssuerUnitCode));
}

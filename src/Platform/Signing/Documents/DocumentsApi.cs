using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Pamong.Platform.Accounts;
using Pamong.Platform.Signing.Certificates;
using Pamong.Platform.Web;

namespace Pamong.Platform.Signing.Documents;

/// <summary>/api/v1/documents: the register of issued documents (officers of the issuing area), download and revocation.</summary>
internal static class DocumentsApi
{
    public static void MapDocumentsApi(this IEndpointRouteBuilder api)
    {
        var documents = api.MapGroup("/documents").WithTags("Signing API");
        documents.MapGet("", async (string? q, int? page, int? pageSize, ClaimsPrincipal user, IssuedDocumentRegister register, CancellationToken ct) =>
            Results.Ok(await register.SearchAsync(user, q, page, pageSize, ct)))
            .RequireAuthorization(Permissions.ReadIssuedDocuments)
            .WithName("ListIssuedDocuments").WithSummary("Register dokumen terbit di wilayah pemanggil; cari dengan q (nomor, judul, penerbit, penanda tangan).");
        documents.MapGet("/{id:guid}", async (Guid id, ClaimsPrincipal user, IssuedDocumentRegister register, CancellationToken ct) =>
            await register.FindAsync(user, id, ct) is { } d
                ? Results.Ok(Summary(d))
                : Problems.NotFound(SigningRefusedException.DocumentNotFound, "Dokumen tidak ditemukan."))
            .RequireAuthorization(Permissions.ReadIssuedDocuments)
            .WithName("GetIssuedDocument").WithSummary("Satu dokumen terbit (tanpa berkasnya).");
        documents.MapGet("/{id:guid}/file", async (Guid id, ClaimsPrincipal user, IssuedDocumentRegister register, CancellationToken ct) =>
            await register.FindAsync(user, id, ct) is { } d
                ? Results.File(d.Content, "application/pdf", d.FileName)
                : Problems.NotFound(SigningRefusedException.DocumentNotFound, "Dokumen tidak ditemukan."))
            .RequireAuthorization(Permissions.ReadIssuedDocuments)
            .WithName("DownloadIssuedDocument").WithSummary("Berkas PDF bertanda tangan elektronik, persis seperti diterbitkan.");
        documents.MapPost("/{id:guid}/revoke", async (Guid id, RevocationRequest body, IDocumentIssuer issuer, CancellationToken ct) =>
        {
            try
            {
                await issuer.RevokeAsync(id, body.Reason ?? "", ct);
                return Results.Ok(Summary((await issuer.FindAsync(id, ct))!));
            }
            catch (SigningRefusedException refused)
            {
                return refused.Refusal.ToProblem();
            }
        })
            .RequireAuthorization(Permissions.ManageSigning)
            .WithName("RevokeIssuedDocument").WithSummary("Mencabut dokumen terbit dengan alasan; halaman verifikasinya menyatakan dicabut.");
    }

    internal static IssuedDocumentSummary Summary(IssuedDocument d) =>
        new(d.Id, d.Kind, d.Number, d.Title, d.IssuerUnitCode, d.IssuerName, d.SignerName, d.IssuedAt, d.Sha256, d.Length, d.VerificationCode,
            d.Status == IssuedDocumentStatus.Valid ? "valid" : "revoked", d.RevokedAt, d.RevocationReason);
}

using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Pamong.Platform.Accounts;
using Pamong.Platform.Web;

namespace Pamong.PublicServices.Documents;

/// <summary>The result document of an application, and the result templates of services.</summary>
internal static class ResultDocumentApi
{
    public static void MapResultDocumentApi(this IEndpointRouteBuilder api)
    {
        api.MapGet("/applications/{number}/document", async (string number, ClaimsPrincipal user, ResultDocumentAccess access, CancellationToken ct) =>
            await access.FindAsync(user, number, ct) is { } document
                ? Results.File(document.Content, "application/pdf", document.FileName)
                : Problems.NotFound("document_not_found", "Dokumen hasil permohonan ini tidak ada atau tidak dapat Anda buka."))
            .RequireAuthorization(Permissions.SignedIn).WithTags("Public services API")
            .WithName("DownloadApplicationDocument")
            .WithSummary("Dokumen hasil (PDF bertanda tangan elektronik) sebuah permohonan, untuk pemohon dan petugas wilayah yang menanganinya.");

        var templates = api.MapGroup("/services/{code}/result-template").WithTags("Public services API").RequireAuthorization(Permissions.ManageServices);
        templates.MapGet("", async (string code, ResultTemplates store, CancellationToken ct) =>
            await store.ViewAsync(code, ct) is { } view ? Results.Ok(view) : Problems.NotFound("service_not_found", "Layanan tidak ditemukan."))
            .WithName("GetResultTemplate").WithSummary("Templat dokumen hasil layanan: judul, isi dengan penanda ({nama}, {nik}, {alamat}, kunci isian), penutup, pola nomor.");
        templates.MapPut("", async (string code, ResultTemplateInput body, ResultTemplates store, CancellationToken ct) =>
        {
            var outcome = await store.SaveAsync(code, body, ct);
            return outcome.Refusal?.ToProblem() ?? Results.Ok(outcome.Value);
        })
            .WithName("SaveResultTemplate").WithSummary("Mengubah templat dokumen hasil layanan; pola nomor wajib memuat {seq}.");
    }
}

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Pamong.Platform.Web;

namespace Pamong.Platform.Signing.Verification;

/// <summary>
/// /api/v1/documents/verify/{code}: public (no sign-in, rate-limited like all of /api/v1): what the register says about
/// a document, and the check of a file (multipart "file", or the PDF as the request body).
/// </summary>
internal static class VerificationApi
{
    public static void MapVerificationApi(this IEndpointRouteBuilder api)
    {
        var verify = api.MapGroup("/documents/verify").WithTags("Signing API").AllowAnonymous();
        verify.MapGet("/{code}", async (string code, DocumentVerification verification, CancellationToken ct) =>
            await verification.FindAsync(code, ct) is { } found ? Results.Ok(found) : NotFound())
            .WithName("VerifyDocument").WithSummary("Status dokumen terbit menurut kode verifikasinya (kode QR): penerbit, tanggal, nomor, status, sertifikat.");
        verify.MapPost("/{code}", async (string code, HttpRequest request, DocumentVerification verification, CancellationToken ct) =>
        {
            var file = await ReadFileAsync(request, ct);
            if (file is null)
            {
                return Problems.Invalid("file_required", $"Kirim berkas PDF (paling besar {DocumentVerification.MaxUploadBytes / 1024 / 1024} MB) sebagai multipart \"file\" atau sebagai isi permintaan.");
            }

            return await verification.CheckAsync(code, file, ct) is { } result ? Results.Ok(result) : NotFound();
        })
            .WithName("VerifyDocumentFile").WithSummary("Memeriksa berkas: SHA-256 sama dengan yang diterbitkan, dan tanda tangan elektroniknya sah.");
    }

    internal static async Task<byte[]?> ReadFileAsync(HttpRequest request, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(ct);
            var file = form.Files.GetFile("file") ?? (form.Files.Count > 0 ? form.Files[0] : null);
            if (file is null || file.Length is 0 or > DocumentVerification.MaxUploadBytes)
            {
                return null;
            }

            await file.CopyToAsync(buffer, ct);
        }
        else
        {
            if (request.ContentLength > DocumentVerification.MaxUploadBytes)
            {
                return null;
            }

            await request.Body.CopyToAsync(buffer, ct);
        }

        return buffer.Length is 0 or > DocumentVerification.MaxUploadBytes ? null : buffer.ToArray();
    }

    private static IResult NotFound() => Problems.NotFound("document_not_found", "Tidak ada dokumen dengan kode verifikasi ini.");
}

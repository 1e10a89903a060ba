using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Pamong.Platform.Accounts;
using Pamong.Platform.Web;
using Pamong.SocialProtection.Data;
using Pamong.SocialProtection.Jobs;
using Pamong.SocialProtection.Registry;

namespace Pamong.SocialProtection.Imports;

/// <summary>
/// Imports under /api/v1/perlinsos/imports: upload (multipart) → a background job; its status with the preview;
/// confirmation of a previewed import; the CSV report of every bad row; the templates.
/// </summary>
public static class ImportsApi
{
    private const string Tag = "Perlinsos imports";

    public sealed record ConfirmInput(string? Mode);

    public static void MapImportsApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/perlinsos/imports").WithTags(Tag).RequireAuthorization(Permissions.ImportPerlinsos);

        group.MapPost("", async (HttpRequest request, ClaimsPrincipal user, ImportStarter starter, CancellationToken ct) =>
            {
                if (!request.HasFormContentType)
                {
                    return Problems.Create(StatusCodes.Status400BadRequest, "multipart_required", "Permintaan tidak valid", "Kirim berkas sebagai multipart/form-data (file, kind, mode).");
                }

                var form = await request.ReadFormAsync(ct);
                var file = form.Files.GetFile("file");
                await using var content = file?.OpenReadStream() ?? Stream.Null;
                var outcome = await starter.StartAsync(user, form["kind"], form["mode"], file?.FileName ?? "", file?.Length ?? 0, content,
                    string.Equals(form["preview"], "true", StringComparison.OrdinalIgnoreCase), ct);
                return RegistryApi.Answer(outcome, j => Results.Accepted($"/api/v1/perlinsos/imports/{j.Id}", JobView.Of(j)));
            })
            .WithName("StartPerlinsosImport")
            .WithSummary("Uploads a CSV or .xlsx file (multipart: file; kind households|deaths|exclusions; mode all-or-nothing|good-rows-only; preview true to stop after the check) and answers 202 with the job. Problems: import_invalid.");

        group.MapGet("/{id:int}", async (int id, PerlinsosDb db, CancellationToken ct) =>
                await db.Jobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == id && j.Kind != JobKind.QualityPass, ct) is { } job
                    ? Results.Ok(JobView.Of(job))
                    : Problems.Create(StatusCodes.Status404NotFound, "import_not_found", "Tidak ditemukan", "Impor tidak ditemukan."))
            .WithName("GetPerlinsosImport")
            .WithSummary("The job: status (Queued, Checking, Checked, Running, Succeeded, Failed, Cancelled), counts, percent, the first rows and the message.");

        group.MapPost("/{id:int}/confirm", async (int id, ConfirmInput input, ClaimsPrincipal user, ImportStarter starter, CancellationToken ct) =>
                RegistryApi.Answer(await starter.ConfirmAsync(user, id, input.Mode, ct), j => Results.Accepted($"/api/v1/perlinsos/imports/{j.Id}", JobView.Of(j))))
            .WithName("ConfirmPerlinsosImport")
            .WithSummary("Writes a previewed (Checked) import in the mode given. Problems: import_not_waiting (409), import_has_bad_rows for all-or-nothing.");

        group.MapGet("/{id:int}/report", async (int id, PerlinsosDb db, CancellationToken ct) =>
                await db.Jobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == id && j.Kind != JobKind.QualityPass, ct) is { Report: { } report }
                    ? Results.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(report)).ToArray(), "text/csv; charset=utf-8", $"laporan-impor-{id}.csv")
                    : Problems.Create(StatusCodes.Status404NotFound, "report_not_found", "Tidak ditemukan", "Laporan belum tersedia."))
            .WithName("GetPerlinsosImportReport")
            .WithSummary("CSV of every bad row and warning: baris, no_kk, nik, jenis (galat|peringatan), kode, alasan.");

        group.MapGet("/templates/{kind}", (string kind) =>
                ImportStarter.Kinds.TryGetValue(kind, out var k)
                    ? Results.File(Encoding.UTF8.GetBytes(ImportStarter.Template(k)), "text/csv; charset=utf-8", $"templat-{kind}.csv")
                    : Problems.Create(StatusCodes.Status404NotFound, "template_not_found", "Tidak ditemukan", "Templat tidak dikenal."))
            .WithName("GetPerlinsosImportTemplate")
            .WithSummary("A template CSV (header and one example row) for households, deaths or exclusions.");
    }
}

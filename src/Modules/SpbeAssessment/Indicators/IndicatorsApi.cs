using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Pamong.Platform.Accounts;
using Pamong.Platform.Files;
using Pamong.Platform.Web;
using Pamong.SpbeAssessment.Evidence;

namespace Pamong.SpbeAssessment.Indicators;

/// <summary>
/// /api/v1/spbe/periods/{year}/indicators/{code}: read and fill an indicator, add and remove its evidence,
/// and the review team's decision.
/// </summary>
public static class IndicatorsApi
{
    public sealed record LinkRequest(string? Url, string? Title);

    public static void MapIndicatorsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/spbe/periods/{year:int}/indicators/{code}").WithTags("SPBE");

        api.MapGet("/", async (int year, string code, IndicatorDetails details, CancellationToken ct) =>
                Answer(await details.ForAsync(year, code, ct)))
            .RequireAuthorization(Permissions.ReadSpbe)
            .WithName("GetSpbeIndicator")
            .WithSummary("An indicator of a period: what each level requires, the answer, review, evidence, target level and live figures from Pamong's own modules.");

        api.MapPut("/", async (int year, string code, AnswerInput input, AnswerEditor editor, IndicatorDetails details, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var outcome = await editor.FillAsync(year, code, input, user, ct);
                return outcome.Refusal is { } refusal ? refusal.ToProblem() : Answer(await details.ForAsync(year, code, ct));
            })
            .RequireAuthorization(Permissions.FillSpbe)
            .WithName("FillSpbeIndicator")
            .WithSummary("Fills an indicator: {\"level\":3,\"justification\":\"...\",\"responsibleUnitId\":12}. An OPD operator fills only their OPD's (or unassigned) indicators; a changed answer goes back to review.");

        api.MapPost("/evidence", async (int year, string code, string? fileName, HttpRequest request, EvidenceEditor editor, IndicatorDetails details,
                ClaimsPrincipal user, CancellationToken ct) =>
            {
                Outcome<EvidenceItem> outcome;
                if (request.HasJsonContentType())
                {
                    LinkRequest? link;
                    try
                    {
                        link = await JsonSerializer.DeserializeAsync<LinkRequest>(request.Body, JsonSerializerOptions.Web, ct);
                    }
                    catch (JsonException)
                    {
                        return Problems.Invalid("request_invalid", "Badan permintaan harus objek JSON {\"url\":...,\"title\":...}.");
                    }

                    outcome = await editor.AddLinkAsync(year, code, link?.Url, link?.Title, user, ct);
                }
                else if (IsFile(request.ContentType))
                {
                    outcome = await editor.AddFileAsync(year, code, fileName, request.Body, user, ct);
                }
                else
                {
                    return Problems.Create(StatusCodes.Status415UnsupportedMediaType, "evidence_media_type", "Jenis isi tidak didukung",
                        "Kirim berkas sebagai isi permintaan dengan Content-Type berkasnya (application/pdf, image/jpeg, image/png, DOCX, XLSX atau application/octet-stream) dan ?fileName=, atau tautan sebagai JSON {\"url\":...,\"title\":...}.");
                }

                return outcome.Refusal is { } refusal
                    ? refusal.ToProblem()
                    : Results.Created(IndicatorDetails.Row(year, outcome.Value!).Download ?? $"/api/v1/spbe/periods/{year}/indicators/{code}", IndicatorDetails.Row(year, outcome.Value!));
            })
            .RequireAuthorization(Permissions.FillSpbe)
            .WithName("AddSpbeEvidence")
            .WithSummary("Adds evidence. A file: the raw file as the body with its Content-Type and ?fileName=bukti.pdf (PDF, JPEG, PNG, DOCX, XLSX; the content must match the name; size limit). A link: JSON {\"url\":\"https://...\",\"title\":\"...\"}.");

        api.MapGet("/evidence/{id:int}", async (int year, string code, int id, EvidenceFiles files, HttpResponse response, CancellationToken ct) =>
            {
                if (await files.FindAsync(year, code, id, ct) is not { } found)
                {
                    return Problems.NotFound("evidence_not_found", "Bukti dukung tidak ditemukan.");
                }

                var (item, path) = found;

                EvidenceFiles.Protect(response);
                return Results.File(path, item.ContentType ?? "application/octet-stream", item.FileName, enableRangeProcessing: true);
            })
            .RequireAuthorization(Permissions.ReadSpbe)
            .WithName("DownloadSpbeEvidence")
            .WithSummary("Downloads an uploaded evidence file.");

        api.MapDelete("/evidence/{id:int}", async (int year, string code, int id, EvidenceEditor editor, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var outcome = await editor.RemoveAsync(year, code, id, user, ct);
                return outcome.Refusal is { } refusal ? refusal.ToProblem() : Results.NoContent();
            })
            .RequireAuthorization(Permissions.FillSpbe)
            .WithName("RemoveSpbeEvidence")
            .WithSummary("Removes a piece of evidence from the indicator (not from a locked period).");

        api.MapPost("/review", async (int year, string code, ReviewInput input, AnswerEditor editor, IndicatorDetails details, CancellationToken ct) =>
            {
                var outcome = await editor.ReviewAsync(year, code, input, ct);
                return outcome.Refusal is { } refusal ? refusal.ToProblem() : Answer(await details.ForAsync(year, code, ct));
            })
            .RequireAuthorization(Permissions.ReviewSpbe)
            .WithName("ReviewSpbeIndicator")
            .WithSummary("The review team's decision while the period is in review: {\"decision\":\"accept\",\"agreedLevel\":3} or {\"decision\":\"return\",\"note\":\"...\"}. Nobody reviews an answer they filled themselves.");
    }

    private static bool IsFile(string? contentType)
    {
        var type = contentType?.Split(';')[0].Trim().ToLowerInvariant();
        return type == "application/octet-stream" || FileSniffer.Allowed.Any(k => k.ContentType == type);
    }

    private static IResult Answer(Outcome<IndicatorDetail> outcome) =>
        outcome.Refusal is { } refusal ? refusal.ToProblem() : Results.Ok(outcome.Value);
}

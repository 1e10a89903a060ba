using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Pamong.Platform.Accounts;
using Pamong.Platform.People.Citizens;
using Pamong.Platform.Web;

namespace Pamong.Platform.People;

/// <summary>
/// Residents under /api/v1: lists show masked NIKs and only the caller's area; a full record or family card
/// needs the reason in the X-Access-Reason header and is logged. A resident outside the caller's area answers 404,
/// exactly like one that does not exist.
/// </summary>
public static class CitizensApi
{
    private const string Tag = "Citizens";

    public static IEndpointRouteBuilder MapCitizensApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapApiV1().WithTags(Tag);

        api.MapGet("/citizens", async (string? q, string? village, int? page, int? pageSize, ClaimsPrincipal user, CitizenSearch search, CancellationToken ct) =>
                Results.Ok(await search.FindAsync(user, q, village, page, pageSize, ct)))
            .RequireAuthorization(Permissions.ReadCitizens)
            .WithName("ListCitizens")
            .WithSummary("Residents in the caller's area (q: part of the name or the whole NIK; village: a village code). NIKs are masked; no birth dates.");

        api.MapGet("/citizens/export", async (string? q, string? village, ClaimsPrincipal user, CitizenExport export, TimeProvider clock, CancellationToken ct) =>
                Results.File(await export.WriteAsync(user, q, village, ct), "text/csv; charset=utf-8", CitizenExport.FileName(clock.GetUtcNow())))
            .RequireAuthorization(Permissions.ReadCitizens)
            .WithName("ExportCitizens")
            .WithSummary("The same list as CSV (masked NIKs), for the caller's area. The export is logged.");

        api.MapGet("/citizens/{id:int}", async (int id, [FromHeader(Name = AccessReason.Header)] string? reason, ClaimsPrincipal user,
                CitizenReader reader, CancellationToken ct) =>
                Answer(await reader.ReadAsync(user, id, reason, Permissions.ReadCitizens, ct), Results.Ok))
            .RequireAuthorization(Permissions.ReadCitizens)
            .WithName("GetCitizen")
            .WithSummary("A resident's full record. Requires the reason in the X-Access-Reason header (400 access_reason_required otherwise); the read is logged.");

        api.MapPost("/citizens", async (CitizenInput input, ClaimsPrincipal user, CitizenEditor editor, PersonalDataMask mask, CancellationToken ct) =>
            {
                var outcome = await editor.CreateAsync(user, input, ct);
                return Answer(outcome, c => Results.Created($"/api/v1/citizens/{c.Id}", Saved(c, outcome.Warnings, mask)));
            })
            .RequireAuthorization(Permissions.ManageCitizens)
            .WithName("CreateCitizen")
            .WithSummary("Registers a resident in a village of the caller's area. Problems: nik_invalid, nik_mismatch, kk_invalid, village_outside_tenant, outside_your_area (403), nik_already_registered (409).");

        api.MapPut("/citizens/{id:int}", async (int id, CitizenInput input, [FromHeader(Name = AccessReason.Header)] string? reason,
                ClaimsPrincipal user, CitizenEditor editor, PersonalDataMask mask, CancellationToken ct) =>
            {
                var outcome = await editor.UpdateAsync(user, id, input, reason, ct);
                return Answer(outcome, c => Results.Ok(Saved(c, outcome.Warnings, mask)));
            })
            .RequireAuthorization(Permissions.ManageCitizens)
            .WithName("UpdateCitizen")
            .WithSummary("Changes a resident (a new KK number moves them to that family card). An X-Access-Reason header is kept as the reason of the change.");

        api.MapGet("/families/{kk}", async (string kk, [FromHeader(Name = AccessReason.Header)] string? reason, ClaimsPrincipal user,
                CitizenReader reader, CancellationToken ct) =>
                Answer(await reader.ReadFamilyAsync(user, kk, reason, ct), Results.Ok))
            .RequireAuthorization(Permissions.ReadCitizens)
            .WithName("GetFamily")
            .WithSummary("Everyone on a KK in the caller's area, in full. Requires X-Access-Reason; the read is logged.");

        return app;
    }

    /// <summary>What a create or update answers: the masked row and any warnings (e.g. an unknown issuing district).</summary>
    public sealed record CitizenSaved(int Id, string Nik, string FullName, string VillageCode, IReadOnlyList<string> Warnings);

    private static CitizenSaved Saved(Citizen c, IReadOnlyList<string> warnings, PersonalDataMask mask) =>
        new(c.Id, mask.Number(c.Nik), c.FullName, c.VillageCode, warnings);

    private static IResult Answer<T>(Outcome<T> outcome, Func<T, IResult> ok) =>
        outcome.Refusal is { } refusal ? refusal.ToProblem() : ok(outcome.Value!);
}

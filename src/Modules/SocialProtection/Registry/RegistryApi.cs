using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Pamong.Platform.Accounts;
using Pamong.Platform.People.Citizens;
using Pamong.Platform.Web;

namespace Pamong.SocialProtection.Registry;

/// <summary>
/// The registry under /api/v1/perlinsos/households: lists mask NIK/KK and cover the caller's area; a full record
/// needs X-Access-Reason (logged); agents register with consent; a resident registers and reads their own household.
/// </summary>
public static class RegistryApi
{
    private const string Tag = "Perlinsos registry";

    public sealed record Saved(int Id, int Members);

    public static void MapRegistryApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/perlinsos/households").WithTags(Tag);

        group.MapGet("", async (string? q, string? village, int? page, int? pageSize, ClaimsPrincipal user, HouseholdSearch search, CancellationToken ct) =>
                Results.Ok(await search.FindAsync(user, q, village, page, pageSize, ct)))
            .RequireAuthorization(Permissions.ReadPerlinsos)
            .WithName("ListPerlinsosHouseholds")
            .WithSummary("Households in the caller's area (q: a whole NIK or KK number, or part of a member's name; village: a village code). Numbers masked.");

        group.MapGet("/{id:int}", async (int id, [FromHeader(Name = AccessReason.Header)] string? reason, ClaimsPrincipal user, HouseholdSearch search, CancellationToken ct) =>
                Answer(await search.ReadAsync(user, id, reason, ct), Results.Ok))
            .RequireAuthorization(Permissions.ReadPerlinsos)
            .WithName("GetPerlinsosHousehold")
            .WithSummary("A household with members and consents. NIK/KK masked; with an X-Access-Reason header in full, and the read is logged (access_reason_required when too short).");

        group.MapPost("", async (HouseholdInput input, ClaimsPrincipal user, HouseholdEditor editor, CancellationToken ct) =>
                Answer(await editor.RegisterForResidentAsync(user, input, ct), h => Results.Created($"/api/v1/perlinsos/households/{h.Id}", new Saved(h.Id, h.Members.Count))))
            .RequireAuthorization(Permissions.RegisterPerlinsos)
            .WithName("RegisterPerlinsosHousehold")
            .WithSummary("An agent registers a resident's household in their area with consent (consent.given, consent.method SignedForm|Fingerprint|VerbalWitnessed, witness for verbal). Problems: household_invalid, consent_required, outside_your_area (403), kk_already_registered / nik_already_registered (409).");

        group.MapPut("/{id:int}", async (int id, HouseholdInput input, [FromHeader(Name = AccessReason.Header)] string? reason, ClaimsPrincipal user, HouseholdEditor editor, CancellationToken ct) =>
                Answer(await editor.UpdateAsync(user, id, input, reason, ct), h => Results.Ok(new Saved(h.Id, h.Members.Count))))
            .RequireAuthorization(Permissions.RegisterPerlinsos)
            .WithName("UpdatePerlinsosHousehold")
            .WithSummary("Changes a household in the caller's area; members missing from the input leave it. X-Access-Reason is kept as the reason of the change.");

        group.MapGet("/own", async (ClaimsPrincipal user, HouseholdSearch search, CancellationToken ct) =>
                await search.MineAsync(user, ct) is { } mine ? Results.Ok(mine) : Problems.Create(StatusCodes.Status404NotFound, "household_not_found", "Tidak ditemukan", "Rumah tangga Anda belum terdaftar."))
            .RequireAuthorization(Permissions.SelfRegisterPerlinsos)
            .WithName("GetOwnPerlinsosHousehold")
            .WithSummary("The signed-in resident's own household (they are a member by NIK), in full.");

        group.MapPost("/own", async (HouseholdInput input, ClaimsPrincipal user, HouseholdEditor editor, CancellationToken ct) =>
                Answer(await editor.RegisterOwnAsync(user, input, ct), h => Results.Created("/api/v1/perlinsos/households/own", new Saved(h.Id, h.Members.Count))))
            .RequireAuthorization(Permissions.SelfRegisterPerlinsos)
            .WithName("RegisterOwnPerlinsosHousehold")
            .WithSummary("A signed-in resident registers their own household; their NIK must be a member and consent.given true. Problems: self_registration_needs_nik (403), own NIK missing, household_invalid, 409 conflicts.");
    }

    internal static IResult Answer<T>(Outcome<T> outcome, Func<T, IResult> ok) =>
        outcome.Refusal is { } refusal ? refusal.ToProblem() : ok(outcome.Value!);
}

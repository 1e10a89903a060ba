using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Pamong.Platform.Accounts;
using Pamong.Platform.Web;
using Pamong.SocialProtection.Data;

namespace Pamong.SocialProtection.Appeals;

/// <summary>/api/v1/perlinsos/appeals: residents' appeals (sanggah warga), their re-verification and decision.</summary>
public static class AppealsApi
{
    public static void MapAppealsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/perlinsos/appeals").WithTags("Perlinsos");

        api.MapPost("/", async (AppealInput input, AppealEditor editor, ClaimsPrincipal user, CancellationToken ct) =>
                await editor.FileAsync(input, user, ct) is var outcome && outcome.Refusal is { } refusal
                    ? refusal.ToProblem()
                    : Results.Created($"/api/v1/perlinsos/appeals/{outcome.Value!.Id}", AppealJson.From(outcome.Value)))
            .RequireAuthorization(Permissions.SignedIn)
            .WithName("FilePerlinsosAppeal")
            .WithSummary("Appeals one's own result in a program's announced run ({\"program\":\"PKH\",\"nik\":\"...\",\"reason\":\"...\",\"evidenceBase64\":null}): only the NIK's owner, or an agent of the area with the household's recorded consent (403 appeal_not_owner); only within the appeal period (409 appeal_period_closed).");

        api.MapGet("/", async (string? status, ClaimsPrincipal user, PerlinsosDb db, CancellationToken ct) =>
            {
                var query = db.Appeals.AsNoTracking().Where(OfficerArea.For(user, Permissions.VerifyPerlinsos).Filter<Appeal>(a => a.VillageCode));
                if (Enum.TryParse<AppealStatus>(status, true, out var wanted))
                {
                    query = query.Where(a => a.Status == wanted);
                }

                return Results.Ok((await query.OrderByDescending(a => a.Id).Take(500).ToListAsync(ct)).Select(AppealJson.From));
            })
            .RequireAuthorization(Permissions.VerifyPerlinsos)
            .WithName("ListPerlinsosAppeals")
            .WithSummary("Appeals in the officer's area, newest first; filter by status (Submitted, Verified, Upheld, Rejected).");

        api.MapPost("/{id:int}/verify", async (int id, VerifyAppeal input, AppealEditor editor, ClaimsPrincipal user, CancellationToken ct) =>
                Reply(await editor.VerifyAsync(id, input.Note, input.CorrectedDecile, user, ct)))
            .RequireAuthorization(Permissions.VerifyPerlinsos)
            .WithName("VerifyPerlinsosAppeal")
            .WithSummary("Field re-verification by the desa or the Dinas Sosial: {\"note\":\"...\",\"correctedDecile\":3}.");

        api.MapPost("/{id:int}/decide", async (int id, DecideAppeal input, AppealEditor editor, CancellationToken ct) =>
                Reply(await editor.DecideAsync(id, input.Uphold, input.Reason, ct)))
            .RequireAuthorization(Permissions.ManagePerlinsos)
            .WithName("DecidePerlinsosAppeal")
            .WithSummary("The Dinas Sosial upholds or rejects an appeal with a reason ({\"uphold\":true,\"reason\":\"...\"}); upheld: the corrected decile is written to the household and the decision becomes Selected.");
    }

    private static IResult Reply(Outcome<Appeal> outcome) =>
        outcome.Refusal is { } refusal ? refusal.ToProblem() : Results.Ok(AppealJson.From(outcome.Value!));
}

public sealed record VerifyAppeal(string? Note, int? CorrectedDecile);

public sealed record DecideAppeal(bool Uphold, string? Reason);

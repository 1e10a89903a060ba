using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Pamong.Platform.Accounts;
using Pamong.Platform.Web;
using Pamong.SocialProtection.Data;
using Pamong.SocialProtection.Jobs;
using Pamong.SocialProtection.Registry;

namespace Pamong.SocialProtection.DataQuality;

/// <summary>
/// Data quality under /api/v1/perlinsos: findings in the caller's area (list, one with its evidence, resolve), the
/// per-village summary, and the pass as a background job (start, status).
/// </summary>
public static class QualityApi
{
    private const string Tag = "Perlinsos data quality";

    public static void MapQualityApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/perlinsos").WithTags(Tag);

        group.MapGet("/findings", async (string? kind, string? status, string? village, int? page, int? pageSize, ClaimsPrincipal user, FindingQueue queue, CancellationToken ct) =>
                Results.Ok(await queue.FindAsync(user, kind, status, village, page, pageSize, ct)))
            .RequireAuthorization(Permissions.ReadPerlinsos)
            .WithName("ListPerlinsosFindings")
            .WithSummary("Current findings in the caller's area (kind: NikInvalid, NikContradictsRecord, NikSharedByDifferentPeople, PersonWithSeveralNiks, Deceased, OnExclusionList, AbilityAboveThreshold, ExclusiveProgramsOverlap; status: Open, Confirmed, Dismissed; village: a village or kecamatan code). Numbers masked.");

        group.MapGet("/findings/summary", async (ClaimsPrincipal user, FindingQueue queue, CancellationToken ct) =>
                Results.Ok(await queue.DashboardAsync(user, ct)))
            .RequireAuthorization(Permissions.ReadPerlinsos)
            .WithName("PerlinsosQualitySummary")
            .WithSummary("Per village in the caller's area: open findings by kind, open and resolved totals.");

        group.MapGet("/findings/{id:int}", async (int id, ClaimsPrincipal user, FindingQueue queue, CancellationToken ct) =>
                RegistryApi.Answer(await queue.ReadAsync(user, id, ct), Results.Ok))
            .RequireAuthorization(Permissions.ReadPerlinsos)
            .WithName("GetPerlinsosFinding")
            .WithSummary("A finding with its evidence (JSON text) and resolution.");

        group.MapPost("/findings/{id:int}/resolve", async (int id, FindingResolver.ResolveInput input, ClaimsPrincipal user, FindingResolver resolver, CancellationToken ct) =>
                RegistryApi.Answer(await resolver.ResolveAsync(user, id, input, ct), f => Results.Ok(new { f.Id, Status = f.Status.ToString(), f.Resolution, f.ResolvedBy, f.ResolvedAt })))
            .RequireAuthorization(Permissions.VerifyPerlinsos)
            .WithName("ResolvePerlinsosFinding")
            .WithSummary("Confirms or dismisses an open finding with a reason (decision: confirm|dismiss). Confirming Deceased marks the member deceased. Problems: resolution_invalid, finding_already_resolved (409), outside_your_area (403).");

        group.MapPost("/quality-passes", async (ClaimsPrincipal user, QualityStarter starter, CancellationToken ct) =>
            {
                var job = await starter.StartAsync(user, ct);
                return Results.Accepted($"/api/v1/perlinsos/quality-passes/{job.Id}", JobView.Of(job));
            })
            .RequireAuthorization(Permissions.ManagePerlinsos)
            .WithName("StartPerlinsosQualityPass")
            .WithSummary("Starts the data-quality pass in the background (or answers the one already running) with 202 and the job.");

        group.MapGet("/quality-passes/{id:int}", async (int id, PerlinsosDb db, CancellationToken ct) =>
                await db.Jobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == id && j.Kind == JobKind.QualityPass, ct) is { } job
                    ? Results.Ok(JobView.Of(job))
                    : Problems.Create(StatusCodes.Status404NotFound, "pass_not_found", "Tidak ditemukan", "Pemeriksaan tidak ditemukan."))
            .RequireAuthorization(Permissions.ReadPerlinsos)
            .WithName("GetPerlinsosQualityPass")
            .WithSummary("A data-quality pass job: status, people processed, and its summary.");
    }
}

using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Pamong.Platform.Accounts;
using Pamong.Platform.Web;
using Pamong.Platform.Web.Export;
using Pamong.SocialProtection.Data;

namespace Pamong.SocialProtection.Distribution;

/// <summary>/api/v1/perlinsos/distribution: stages (tahap), recipient lists per village, hand-overs with proof, returns, reconciliation.</summary>
public static class DistributionApi
{
    public static void MapDistributionApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/perlinsos/distribution").WithTags("Perlinsos");

        api.MapGet("/cycles", async (PerlinsosDb db, CancellationToken ct) =>
                Results.Ok(await (from c in db.DistributionCycles.AsNoTracking()
                                  join p in db.Programs on c.ProgramId equals p.Id
                                  orderby c.Id descending
                                  select new { c.Id, Program = p.Code, c.Period, c.Stage, c.Channel, c.PlannedOn, c.Closed, c.RunId }).ToListAsync(ct)))
            .RequireAuthorization(Permissions.ReadPerlinsos)
            .WithName("ListPerlinsosCycles")
            .WithSummary("Distribution stages, newest first.");

        api.MapPost("/cycles", async (CycleInput input, CycleEditor editor, CancellationToken ct) =>
                await editor.OpenAsync(input, ct) is var outcome && outcome.Refusal is { } refusal
                    ? refusal.ToProblem()
                    : Results.Created($"/api/v1/perlinsos/distribution/cycles/{outcome.Value!.Id}", new { outcome.Value.Id, outcome.Value.Period, outcome.Value.Stage }))
            .RequireAuthorization(Permissions.ManagePerlinsos)
            .WithName("OpenPerlinsosCycle")
            .WithSummary("Opens a stage from the program's announced run ({\"program\":\"PKH\",\"stage\":1,\"channel\":\"Bank Himbara\",\"plannedOn\":\"2026-12-01\"}): one planned hand-over per recipient.");

        api.MapGet("/cycles/{id:int}/recipients", async (int id, string? village, int? page, int? pageSize, ClaimsPrincipal user, PerlinsosDb db, CancellationToken ct) =>
            {
                var (number, size) = Paging.Clamp(page, pageSize);
                var query = db.HandOvers.AsNoTracking().Where(h => h.CycleId == id)
                    .Where(OfficerArea.For(user, Permissions.ReadPerlinsos).Filter<HandOver>(h => h.VillageCode));
                if (!string.IsNullOrWhiteSpace(village))
                {
                    query = query.Where(h => h.VillageCode == village);
                }

                var total = await query.CountAsync(ct);
                var items = await query.OrderBy(h => h.VillageCode).ThenBy(h => h.HeadName).Skip((number - 1) * size).Take(size)
                    .Select(h => new { h.Id, h.HouseholdId, h.KkNumber, h.HeadName, h.VillageCode, h.Amount, Status = h.Status.ToString(), ProofKind = h.ProofKind.ToString(), h.Reason, h.RecordedBy, h.RecordedAt, h.ReturnedAt })
                    .ToListAsync(ct);
                return Results.Ok(new { items, page = number, pageSize = size, total });
            })
            .RequireAuthorization(Permissions.ReadPerlinsos)
            .WithName("ListPerlinsosRecipients")
            .WithSummary("A stage's recipients (paged; filter by village), in the officer's area.");

        api.MapPost("/hand-overs/{id:long}", async (long id, HandOverInput input, HandOverRecorder recorder, ClaimsPrincipal user, CancellationToken ct) =>
                Reply(await recorder.RecordAsync(id, input, user, ct)))
            .RequireAuthorization(Permissions.RecordPerlinsosDistribution)
            .WithName("RecordPerlinsosHandOver")
            .WithSummary("Records a hand-over: {\"delivered\":true,\"proofKind\":\"Photo\"|\"Signature\"|\"CardQr\",\"proofBase64\":\"...\",\"cardQr\":\"...\"} (photo JPEG/PNG, signature PNG, sniffed) or {\"delivered\":false,\"reason\":\"...\"}.");

        api.MapPost("/hand-overs/{id:long}/return", async (long id, ReturnInput? input, HandOverRecorder recorder, ClaimsPrincipal user, CancellationToken ct) =>
                Reply(await recorder.ReturnAsync(id, input?.Reason, user, ct)))
            .RequireAuthorization(Permissions.ManagePerlinsos)
            .WithName("ReturnPerlinsosHandOver")
            .WithSummary("Marks an undelivered benefit as returned to the treasury.");

        api.MapGet("/cycles/{id:int}/reconciliation", async (int id, string? format, Reconciliation reconciliation, ReconciliationFiles files, CancellationToken ct) =>
            {
                if (await reconciliation.ForAsync(id, ct) is not { } report)
                {
                    return Problems.NotFound("cycle_not_found", $"Tahap {id} tidak ditemukan.");
                }

                return format switch
                {
                    "xlsx" => Results.File(files.Excel(report), XlsxWriter.ContentType, $"rekonsiliasi-{id}.xlsx"),
                    "pdf" => Results.File(files.Pdf(report), "application/pdf", $"rekonsiliasi-{id}.pdf"),
                    _ => Results.Ok(report),
                };
            })
            .RequireAuthorization(Permissions.ReadPerlinsos)
            .WithName("PerlinsosReconciliation")
            .WithSummary("Planned vs delivered vs undelivered vs returned per village, with totals; ?format=xlsx or pdf for the files.");
    }

    private static IResult Reply(Outcome<HandOver> outcome) =>
        outcome.Refusal is { } refusal
            ? refusal.ToProblem()
            : Results.Ok(new { outcome.Value!.Id, Status = outcome.Value.Status.ToString(), ProofKind = outcome.Value.ProofKind?.ToString(), outcome.Value.Reason, outcome.Value.RecordedBy, outcome.Value.RecordedAt });
}

public sealed record ReturnInput(string? Reason);

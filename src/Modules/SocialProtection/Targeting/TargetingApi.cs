using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Pamong.Platform.Accounts;
using Pamong.Platform.Web;
using Pamong.SocialProtection.Data;

namespace Pamong.SocialProtection.Targeting;

/// <summary>/api/v1/perlinsos/runs: start a selection (computed in the background), follow it, read its decisions and diff, approve it.</summary>
public static class TargetingApi
{
    public static void MapTargetingApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/perlinsos/runs").WithTags("Perlinsos");

        api.MapPost("/", async (StartRun input, TargetingRuns runs, CancellationToken ct) =>
                await runs.StartAsync(input.Program ?? "", input.Period, ct) is var outcome && outcome.Refusal is { } refusal
                    ? refusal.ToProblem()
                    : Results.Accepted($"/api/v1/perlinsos/runs/{outcome.Value!.Id}", RunJson.From(outcome.Value, input.Program!)))
            .RequireAuthorization(Permissions.ManagePerlinsos)
            .WithName("StartPerlinsosRun")
            .WithSummary("Starts the selection of a program for a period ({\"program\":\"PKH\",\"period\":\"2026\"}); 202 with the run, computed in the background (follow GET /runs/{id}). A run of the same program and period still computing is returned instead of a second one.");

        api.MapGet("/", async (string? program, PerlinsosDb db, CancellationToken ct) =>
            {
                var query = from r in db.TargetingRuns.AsNoTracking() join p in db.Programs on r.ProgramId equals p.Id select new { r, p.Code };
                if (!string.IsNullOrWhiteSpace(program))
                {
                    query = query.Where(x => x.Code == program);
                }

                var rows = await query.OrderByDescending(x => x.r.Id).Take(200).ToListAsync(ct);
                return Results.Ok(rows.Select(x => RunJson.From(x.r, x.Code)));
            })
            .RequireAuthorization(Permissions.ReadPerlinsos)
            .WithName("ListPerlinsosRuns")
            .WithSummary("The latest runs (newest first), optionally of one program.");

        api.MapGet("/{id:int}", async (int id, PerlinsosDb db, CancellationToken ct) =>
                await (from r in db.TargetingRuns.AsNoTracking() join p in db.Programs on r.ProgramId equals p.Id where r.Id == id select new { r, p.Code }).FirstOrDefaultAsync(ct) is { } x
                    ? Results.Ok(RunJson.From(x.r, x.Code))
                    : Problems.NotFound("run_not_found", $"Penetapan {id} tidak ditemukan."))
            .RequireAuthorization(Permissions.ReadPerlinsos)
            .WithName("GetPerlinsosRun")
            .WithSummary("A run with its progress (processed of total), counts, digest and status (Running, Completed, Failed, Announced, Superseded).");

        api.MapGet("/{id:int}/decisions", async (int id, string? village, DecisionStatus? status, int? page, int? pageSize, ClaimsPrincipal user, DecisionReader reader, CancellationToken ct) =>
                Results.Ok(await reader.ListAsync(id, user, village, status, page, pageSize, ct)))
            .RequireAuthorization(Permissions.ReadPerlinsos)
            .WithName("ListPerlinsosDecisions")
            .WithSummary("The run's decisions (paged; filter by village and status), each with every rule's outcome and the explanation in words; desa and kecamatan officers see their area only.");

        api.MapGet("/{id:int}/decisions/{householdId:int}", async (int id, int householdId, ClaimsPrincipal user, DecisionReader reader, CancellationToken ct) =>
                await reader.OneAsync(id, householdId, user, ct) is { } view ? Results.Ok(view) : Problems.NotFound("decision_not_found", "Keputusan untuk keluarga ini tidak ditemukan."))
            .RequireAuthorization(Permissions.ReadPerlinsos)
            .WithName("GetPerlinsosDecision")
            .WithSummary("Why a household is (not) included: status, rank, every rule's outcome (rule, passed, seen, threshold) and the explanation.");

        api.MapGet("/{id:int}/diff", async (int id, TargetingRuns runs, CancellationToken ct) =>
                await runs.DiffAsync(id, ct) is { } diff ? Results.Ok(diff) : Problems.NotFound("run_not_found", $"Penetapan {id} tidak ditemukan."))
            .RequireAuthorization(Permissions.ReadPerlinsos)
            .WithName("DiffPerlinsosRun")
            .WithSummary("Recipients added and removed compared with the previous version of the same program and period.");

        api.MapPost("/{id:int}/approve", async (int id, ApproveRun? input, TargetingRuns runs, PerlinsosDb db, CancellationToken ct) =>
            {
                var outcome = await runs.ApproveAsync(id, input?.Note, ct);
                if (outcome.Refusal is { } refusal)
                {
                    return refusal.ToProblem();
                }

                var code = await db.Programs.Where(p => p.Id == outcome.Value!.ProgramId).Select(p => p.Code).SingleAsync(ct);
                return Results.Ok(RunJson.From(outcome.Value!, code));
            })
            .RequireAuthorization(Permissions.ManagePerlinsos)
            .WithName("ApprovePerlinsosRun")
            .WithSummary("The Dinas Sosial approves a completed run: it is announced (the earlier announced version is superseded), the appeal period opens, and Cek Bansos answers from it.");
    }
}

public sealed record StartRun(string? Program, string? Period);

public sealed record ApproveRun(string? Note);

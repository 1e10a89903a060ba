using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Pamong.Platform.Accounts;
using Pamong.Platform.Web;
using Pamong.SocialProtection.Data;

namespace Pamong.SocialProtection.Programs;

/// <summary>/api/v1/perlinsos/programs: the programs and their rules as data.</summary>
public static class ProgramsApi
{
    public static void MapProgramsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/perlinsos/programs").WithTags("Perlinsos");

        api.MapGet("/", async (PerlinsosDb db, CancellationToken ct) =>
                Results.Ok((await db.Programs.AsNoTracking().Include(p => p.Components).Include(p => p.Quotas).OrderBy(p => p.Priority).ThenBy(p => p.Code).ToListAsync(ct)).Select(Json)))
            .RequireAuthorization(Permissions.ReadPerlinsos)
            .WithName("ListPerlinsosPrograms")
            .WithSummary("Every program with its eligibility rules, benefit, stages, quotas, exclusivity and priority.");

        api.MapGet("/{code}", async (string code, PerlinsosDb db, CancellationToken ct) =>
                await db.Programs.AsNoTracking().Include(p => p.Components).Include(p => p.Quotas).FirstOrDefaultAsync(p => p.Code == code, ct) is { } program
                    ? Results.Ok(Json(program))
                    : Problems.NotFound("program_not_found", $"Program {code} tidak ditemukan."))
            .RequireAuthorization(Permissions.ReadPerlinsos)
            .WithName("GetPerlinsosProgram")
            .WithSummary("One program by its code.");

        api.MapPost("/", async (ProgramInput input, ProgramEditor editor, CancellationToken ct) =>
                await editor.CreateAsync(input, ct) is var outcome && outcome.Refusal is { } refusal
                    ? refusal.ToProblem()
                    : Results.Created($"/api/v1/perlinsos/programs/{outcome.Value!.Code}", Json(outcome.Value)))
            .RequireAuthorization(Permissions.ManagePerlinsos)
            .WithName("CreatePerlinsosProgram")
            .WithSummary("Creates a program: code, name, maxDecile, requiredCriteria (PregnantMember, ChildUnder6, SchoolAgeChild, SevereDisability, Elderly60), requireAllCriteria, exclusions, benefitPerStage, components, stagesPerYear, defaultVillageQuota, quotas, priority, exclusiveWith, appealDays.");

        api.MapPut("/{code}", async (string code, ProgramInput input, ProgramEditor editor, CancellationToken ct) =>
                await editor.UpdateAsync(code, input, ct) is var outcome && outcome.Refusal is { } refusal
                    ? refusal.ToProblem()
                    : Results.Ok(Json(outcome.Value!)))
            .RequireAuthorization(Permissions.ManagePerlinsos)
            .WithName("UpdatePerlinsosProgram")
            .WithSummary("Replaces a program's rules, benefit, quotas and exclusivity (the code stays).");
    }

    internal static ProgramInput Json(AidProgram program) => ProgramInput.From(program);
}

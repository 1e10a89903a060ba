using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Pamong.Platform.Accounts;
using Pamong.SpbeAssessment.Data;
using Pamong.SpbeAssessment.Summary;

namespace Pamong.SpbeAssessment.Targets;

/// <summary>/api/v1/spbe/targets: the index and indicator levels the Pemda aims for, per year.</summary>
public static class TargetsApi
{
    public sealed record TargetRow(int Year, double? Index, IReadOnlyDictionary<string, int> Levels, string? Note);

    public static void MapTargetsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/spbe/targets").WithTags("SPBE");

        api.MapGet("/", async (SpbeDb db, CancellationToken ct) =>
                Results.Ok((await db.Targets.AsNoTracking().Include(t => t.Levels).OrderBy(t => t.Year).ToListAsync(ct)).Select(Row)))
            .RequireAuthorization(Permissions.ReadSpbe)
            .WithName("ListSpbeTargets")
            .WithSummary("Every year's target: the overall index and target levels by indicator code.");

        api.MapPut("/{year:int}", async (int year, TargetInput input, TargetEditor editor, CancellationToken ct) =>
            {
                var outcome = await editor.SetAsync(year, input, ct);
                return outcome.Refusal is { } refusal ? refusal.ToProblem()
                    : outcome.Value is { } target ? Results.Ok(Row(target))
                    : Results.NoContent();
            })
            .RequireAuthorization(Permissions.ManageSpbe)
            .WithName("SetSpbeTarget")
            .WithSummary("Sets a year's target: {\"index\":4.9,\"levels\":{\"21\":4,\"23\":4},\"note\":\"...\"}; with neither index nor levels it removes the target (204).");
    }

    private static TargetRow Row(Target t) =>
        new(t.Year, SummaryJson.Published(t.Index), t.Levels.OrderBy(l => l.IndicatorCode.Length).ThenBy(l => l.IndicatorCode, StringComparer.Ordinal)
            .ToDictionary(l => l.IndicatorCode, l => l.Level), t.Note);
}

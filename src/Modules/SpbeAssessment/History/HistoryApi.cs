using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Pamong.Platform.Accounts;
using Pamong.SpbeAssessment.Periods;
using Pamong.SpbeAssessment.Summary;

namespace Pamong.SpbeAssessment.History;

/// <summary>/api/v1/spbe/history: the index over the years, and quick entry of past years.</summary>
public static class HistoryApi
{
    public static void MapHistoryApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/spbe/history").WithTags("SPBE");

        api.MapGet("/", async (PeriodSummaries summaries, CancellationToken ct) =>
                Results.Ok((await summaries.HistoryAsync(ct)).Select(SummaryJson.History)))
            .RequireAuthorization(Permissions.ReadSpbe)
            .WithName("GetSpbeHistory")
            .WithSummary("Every year, oldest first: self-assessment index, official index and predicate, target, and domain values.");

        api.MapPost("/", async (HistoryInput input, HistoryEditor editor, PeriodSummaries summaries, CancellationToken ct) =>
            {
                var outcome = await editor.RecordAsync(input, ct);
                if (outcome.Refusal is { } refusal)
                {
                    return refusal.ToProblem();
                }

                var summary = (await summaries.ForYearAsync(outcome.Value!.Year, ct))!;
                return Results.Created($"/api/v1/spbe/periods/{summary.Year}", new { period = SummaryJson.Detail(summary), warnings = outcome.Warnings });
            })
            .RequireAuthorization(Permissions.ManageSpbe)
            .WithName("RecordSpbeHistoryYear")
            .WithSummary("Records a past year from published figures: {\"year\":2018,\"instrumentId\":\"permenpanrb-5-2018\",\"selfIndex\":3.7,\"official\":{\"index\":3.61,\"domainValues\":{\"D1\":3.2,...}}}. The year is read-only from the start.");
    }
}

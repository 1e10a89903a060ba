using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Pamong.Platform.Accounts;
using Pamong.Platform.Web;
using Pamong.SpbeAssessment.Summary;

namespace Pamong.SpbeAssessment.Periods;

/// <summary>/api/v1/spbe/periods: the self-assessment periods, their summaries, submission and locking.</summary>
public static class PeriodsApi
{
    public static void MapPeriodsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/spbe/periods").WithTags("SPBE");

        api.MapGet("/", async (PeriodSummaries summaries, CancellationToken ct) =>
                Results.Ok((await summaries.AllAsync(ct)).Select(SummaryJson.Row)))
            .RequireAuthorization(Permissions.ReadSpbe)
            .WithName("ListSpbePeriods")
            .WithSummary("The Pemda's periods, newest first, with the self-assessment index (or how many indicators are missing), target and official result.");

        api.MapPost("/", async (PeriodInput input, PeriodEditor editor, PeriodSummaries summaries, CancellationToken ct) =>
            {
                var outcome = await editor.CreateAsync(input, ct);
                return outcome.Refusal is { } refusal
                    ? refusal.ToProblem()
                    : Results.Created($"/api/v1/spbe/periods/{outcome.Value!.Year}", SummaryJson.Detail((await summaries.ForYearAsync(outcome.Value.Year, ct))!));
            })
            .RequireAuthorization(Permissions.ManageSpbe)
            .WithName("CreateSpbePeriod")
            .WithSummary("Opens a period: {\"year\":2025,\"instrumentId\":\"permenpanrb-59-2020\"} (the instrument defaults to PermenPANRB 59/2020; one period per year).");

        api.MapGet("/{year:int}", async (int year, PeriodSummaries summaries, CancellationToken ct) =>
                await summaries.ForYearAsync(year, ct) is { } summary
                    ? Results.Ok(SummaryJson.Detail(summary))
                    : Problems.NotFound("period_not_found", $"Periode {year} tidak ditemukan."))
            .RequireAuthorization(Permissions.ReadSpbe)
            .WithName("GetSpbePeriod")
            .WithSummary("A period: status, index and predicate when complete (partial domain and aspect values otherwise), every indicator, target and official result.");

        api.MapPost("/{year:int}/submit", async (int year, PeriodEditor editor, PeriodSummaries summaries, CancellationToken ct) =>
                await Detail(await editor.SubmitAsync(year, ct), summaries, ct))
            .RequireAuthorization(Permissions.ManageSpbe)
            .WithName("SubmitSpbePeriod")
            .WithSummary("Hands the period to the review team; every indicator must have a level (409 period_incomplete otherwise).");

        api.MapPost("/{year:int}/lock", async (int year, PeriodEditor editor, PeriodSummaries summaries, CancellationToken ct) =>
                await Detail(await editor.LockAsync(year, ct), summaries, ct))
            .RequireAuthorization(Permissions.ReviewSpbe)
            .WithName("LockSpbePeriod")
            .WithSummary("Locks the period for good; every indicator must be accepted by the review team (409 period_not_reviewed otherwise).");
    }

    internal static async Task<IResult> Detail(Outcome<AssessmentPeriod> outcome, PeriodSummaries summaries, CancellationToken ct) =>
        outcome.Refusal is { } refusal ? refusal.ToProblem() : Results.Ok(SummaryJson.Detail((await summaries.ForYearAsync(outcome.Value!.Year, ct))!));
}

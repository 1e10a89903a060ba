using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Pamong.Platform.Accounts;
using Pamong.Platform.Web;
using Pamong.SpbeAssessment.Summary;

namespace Pamong.SpbeAssessment.Official;

/// <summary>/api/v1/spbe/periods/{year}/official and /comparison: the published result and how it compares with the self-assessment.</summary>
public static class OfficialApi
{
    public sealed record ComparisonRow(string Scope, string Code, string Name, double? Self, double? Official, double? Difference, bool Differs);

    public sealed record ComparisonResponse(int Year, double? SelfIndex, string? SelfPredicate, double? OfficialIndex, string? OfficialPredicate,
        double? IndexDifference, IReadOnlyList<ComparisonRow> Rows);

    public static void MapOfficialApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/spbe/periods/{year:int}").WithTags("SPBE");

        api.MapGet("/official", async (int year, PeriodSummaries summaries, CancellationToken ct) =>
                await summaries.ForYearAsync(year, ct) is not { } summary ? Problems.NotFound("period_not_found", $"Periode {year} tidak ditemukan.")
                : summary.Official is { } official ? Results.Ok(SummaryJson.Official(official))
                : Problems.NotFound("official_not_found", $"Hasil resmi {year} belum dicatat."))
            .RequireAuthorization(Permissions.ReadSpbe)
            .WithName("GetSpbeOfficialResult")
            .WithSummary("The official result of a period, with aspect and domain values derived from the published detail where possible.");

        api.MapPut("/official", async (int year, OfficialInput input, OfficialEditor editor, PeriodSummaries summaries, CancellationToken ct) =>
            {
                var outcome = await editor.RecordAsync(year, input, ct);
                if (outcome.Refusal is { } refusal)
                {
                    return refusal.ToProblem();
                }

                var summary = (await summaries.ForYearAsync(year, ct))!;
                return Results.Ok(new { official = SummaryJson.Official(summary.Official!), warnings = outcome.Warnings });
            })
            .RequireAuthorization(Permissions.ManageSpbe)
            .WithName("RecordSpbeOfficialResult")
            .WithSummary("Records the result KemenPAN-RB published: {\"index\":3.71,\"predicate\":\"Sangat Baik\",\"levels\":{...}|\"aspectValues\":{...}|\"domainValues\":{...},\"source\":\"...\"}. Index and predicate are derived from complete detail when left out; allowed on a locked period.");

        api.MapGet("/comparison", async (int year, PeriodSummaries summaries, CancellationToken ct) =>
            {
                if (await summaries.ForYearAsync(year, ct) is not { } summary)
                {
                    return Problems.NotFound("period_not_found", $"Periode {year} tidak ditemukan.");
                }

                var rows = Comparison.Of(summary).Select(r => new ComparisonRow(r.Scope.ToString(), r.Code, r.Name,
                    SummaryJson.Published(r.Self), SummaryJson.Published(r.Official), SummaryJson.Published(r.Difference), r.Differs)).ToList();
                var self = summary.Index;
                var official = summary.Official;
                return Results.Ok(new ComparisonResponse(year, SummaryJson.Published(self?.Exact), self?.Predicate, SummaryJson.Published(official?.Index),
                    official?.Predicate, self is not null && official is not null ? SummaryJson.Published(official.Index - self.Exact) : null, rows));
            })
            .RequireAuthorization(Permissions.ReadSpbe)
            .WithName("CompareSpbeResults")
            .WithSummary("Self-assessment against the official result per domain, aspect and indicator (difference = official − self; differs: the published values differ).");
    }
}

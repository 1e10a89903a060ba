using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Pamong.Platform.Accounts;
using Pamong.Platform.Localization;
using Pamong.Platform.Web;
using Pamong.Platform.Web.Export;

namespace Pamong.PublicServices.Statistics;

/// <summary>
/// The dashboard numbers: <c>GET /api/v1/services/statistics?by=service|opd|kecamatan|desa&amp;from=&amp;to=</c> for
/// officers (their own area), <c>…/statistics/public</c> for anyone (the whole Pemda, aggregates only), and
/// the same table as CSV or Excel (<c>…/statistics.csv</c>, <c>…/statistics.xlsx</c>).
/// </summary>
public static class StatisticsApi
{
    public sealed record StatisticsResponse(string By, string From, string To, string CompletionTimeUnit, IReadOnlyList<StatisticsRow> Rows, StatisticsRow Total);

    public static void MapStatisticsApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/services").WithTags("Statistik layanan");
        group.MapGet("/statistics", async (string? by, string? from, string? to, ClaimsPrincipal user, StatisticsQuery query, CancellationToken ct) =>
                Answer(await query.RunAsync(by, from, to, user, ct), r => Results.Ok(Json(r))))
            .RequireAuthorization(Permissions.ReadServiceStatistics)
            .WithName("GetServiceStatistics")
            .WithSummary("Volume, completion time (median and p90, working days), SLA compliance and IKM per service, OPD, kecamatan or desa, in the caller's area.")
            .Produces<StatisticsResponse>().ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/statistics/public", async (string? by, string? from, string? to, StatisticsQuery query, CancellationToken ct) =>
                Answer(await query.RunAsync(by, from, to, null, ct), r => Results.Ok(Json(r))))
            .WithName("GetPublicServiceStatistics")
            .WithSummary("The same numbers for the whole Pemda, for anyone: aggregates only, no personal data.")
            .Produces<StatisticsResponse>().ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/statistics.csv", async (string? by, string? from, string? to, ClaimsPrincipal user, StatisticsQuery query, CancellationToken ct) =>
                Answer(await query.RunAsync(by, from, to, user, ct), r => Results.File(StatisticsFiles.Csv(r), "text/csv; charset=utf-8", StatisticsFiles.FileName(r, "csv"))))
            .RequireAuthorization(Permissions.ReadServiceStatistics)
            .WithName("GetServiceStatisticsCsv").WithSummary("The dashboard table as CSV.");
        group.MapGet("/statistics.xlsx", async (string? by, string? from, string? to, ClaimsPrincipal user, StatisticsQuery query, CancellationToken ct) =>
                Answer(await query.RunAsync(by, from, to, user, ct), r => Results.File(StatisticsFiles.Xlsx(r), XlsxWriter.ContentType, StatisticsFiles.FileName(r, "xlsx"))))
            .RequireAuthorization(Permissions.ReadServiceStatistics)
            .WithName("GetServiceStatisticsXlsx").WithSummary("The dashboard table as Excel.");
    }

    public static StatisticsResponse Json(ServiceStatistics.Report report) => new(
        report.By.Key(), report.Period.From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        report.Period.To.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "workingDays", report.Rows, report.Total);

    private static IResult Answer(Outcome<ServiceStatistics.Report> outcome, Func<ServiceStatistics.Report, IResult> ok) =>
        outcome.Refusal is { } refusal ? refusal.ToProblem() : ok(outcome.Value!);
}

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Pamong.Platform.Accounts;
using Pamong.Platform.Web;
using Pamong.Platform.Web.Export;

namespace Pamong.SpbeAssessment.Reports;

/// <summary>The evaluation report as files: GET /api/v1/spbe/periods/{year}/report.pdf and .xlsx.</summary>
public static class ReportApi
{
    public static void MapReportApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/spbe/periods/{year:int}").WithTags("SPBE").RequireAuthorization(Permissions.ReadSpbe);
        group.MapGet("/report.pdf", async (int year, ReportFiles files, CancellationToken ct) =>
                await files.PdfAsync(year, ct) is { } pdf ? Results.File(pdf, "application/pdf", $"laporan-spbe-{year}.pdf") : NotFound(year))
            .WithName("SpbeReportPdf").WithSummary("The evaluation report of a period as PDF.");
        group.MapGet("/report.xlsx", async (int year, ReportFiles files, CancellationToken ct) =>
                await files.XlsxAsync(year, ct) is { } xlsx ? Results.File(xlsx, XlsxWriter.ContentType, $"laporan-spbe-{year}.xlsx") : NotFound(year))
            .WithName("SpbeReportXlsx").WithSummary("The evaluation report of a period as Excel.");
    }

    private static IResult NotFound(int year) => Problems.NotFound("period_not_found", $"Periode evaluasi tahun {year} tidak ditemukan.");
}

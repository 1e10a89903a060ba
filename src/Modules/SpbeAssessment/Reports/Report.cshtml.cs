using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pamong.Platform.Accounts;
using Pamong.Platform.Web.Export;
using Pamong.SpbeAssessment.Summary;

namespace Pamong.SpbeAssessment.Reports;

/// <summary>/spbe/{year}/laporan: the evaluation report of a period, with its PDF and Excel downloads.</summary>
[Authorize(Policy = Permissions.ReadSpbe)]
public sealed class ReportModel(PeriodSummaries summaries, ReportFiles files) : PageModel
{
    public PeriodSummary Summary { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int year, CancellationToken ct)
    {
        if (await summaries.ForYearAsync(year, ct) is not { } summary)
        {
            return NotFound();
        }

        Summary = summary;
        return Page();
    }

    public async Task<IActionResult> OnGetPdfAsync(int year, CancellationToken ct) =>
        await files.PdfAsync(year, ct) is { } pdf ? File(pdf, "application/pdf", $"laporan-spbe-{year}.pdf") : NotFound();

    public async Task<IActionResult> OnGetXlsxAsync(int year, CancellationToken ct) =>
        await files.XlsxAsync(year, ct) is { } xlsx ? File(xlsx, XlsxWriter.ContentType, $"laporan-spbe-{year}.xlsx") : NotFound();
}

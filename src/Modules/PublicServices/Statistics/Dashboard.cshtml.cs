using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pamong.Platform.Accounts;
using Pamong.Platform.Web.Export;

namespace Pamong.PublicServices.Statistics;

/// <summary>/layanan/dasbor: the officers' dashboard of their own area (leaders: the whole Pemda), with CSV and Excel.</summary>
[Authorize(Policy = Permissions.ReadServiceStatistics)]
public sealed class DashboardModel(StatisticsQuery query) : PageModel
{
    public ServiceStatistics.Report Report { get; private set; } = null!;

    public async Task OnGetAsync(string? by, string? from, string? to, CancellationToken ct) =>
        Report = await StatisticsPage.LoadAsync((b, f, t) => query.RunAsync(b, f, t, User, ct), by, from, to, ModelState);

    public async Task<IActionResult> OnGetCsvAsync(string? by, string? from, string? to, CancellationToken ct)
    {
        await OnGetAsync(by, from, to, ct);
        return File(StatisticsFiles.Csv(Report), "text/csv; charset=utf-8", StatisticsFiles.FileName(Report, "csv"));
    }

    public async Task<IActionResult> OnGetXlsxAsync(string? by, string? from, string? to, CancellationToken ct)
    {
        await OnGetAsync(by, from, to, ct);
        return File(StatisticsFiles.Xlsx(Report), XlsxWriter.ContentType, StatisticsFiles.FileName(Report, "xlsx"));
    }
}

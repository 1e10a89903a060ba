using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Pamong.PublicServices.Statistics;

/// <summary>/layanan/statistik: the public aggregates of the whole Pemda (no names, no applications).</summary>
public sealed class PublicStatisticsModel(StatisticsQuery query) : PageModel
{
    public ServiceStatistics.Report Report { get; private set; } = null!;

    public async Task OnGetAsync(string? by, string? from, string? to, CancellationToken ct) =>
        Report = await StatisticsPage.LoadAsync((b, f, t) => query.RunAsync(b, f, t, null, ct), by, from, to, ModelState);
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Accounts;
using Pamong.SpbeAssessment.Instruments;
using Pamong.SpbeAssessment.Summary;

namespace Pamong.SpbeAssessment.History;

/// <summary>/spbe/riwayat: the index since 2018 (self-assessment, official, target) as a line chart, domains as bars, and the comparison with the targets.</summary>
[Authorize(Policy = Permissions.ReadSpbe)]
public sealed class HistoryPageModel(PeriodSummaries summaries, InstrumentCatalog catalog, IAuthorizationService authorization, IStringLocalizer<SpbeText> text) : PageModel
{
    public const int FirstYear = 2018;

    public IReadOnlyList<HistoryPoint> Points { get; private set; } = [];

    public IReadOnlyList<IndexLineChart.Series> Series { get; private set; } = [];

    public string LineChart { get; private set; } = "";

    public string? BarChart { get; private set; }

    public IReadOnlyList<DomainBarChart.Bar> Bars { get; private set; } = [];

    [BindProperty(SupportsGet = true, Name = "tahun")]
    public int? BarYear { get; set; }

    public IReadOnlyList<int> BarYears { get; private set; } = [];

    public bool CanManage { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        CanManage = (await authorization.AuthorizeAsync(User, Permissions.ManageSpbe)).Succeeded;
        Points = await summaries.HistoryAsync(ct);
        Series =
        [
            new(text["SeriesOfficial"], "spbe-chart--official", "none", "circle", Points.Where(p => p.Official is not null).Select(p => (p.Year, p.Official!.Value)).ToList()),
            new(text["SeriesSelf"], "spbe-chart--self", "6 4", "square", Points.Where(p => p.Self is not null).Select(p => (p.Year, p.Self!.Value)).ToList()),
            new(text["SeriesTarget"], "spbe-chart--target", "2 4", "dash", Points.Where(p => p.Target is not null).Select(p => (p.Year, p.Target!.Value)).ToList()),
        ];
        var first = Math.Min(FirstYear, Points.Count > 0 ? Points[0].Year : FirstYear);
        var last = Math.Max(first + 1, Points.Count > 0 ? Points[^1].Year : first + 1);
        LineChart = IndexLineChart.Render("spbe-line", text["LineChartTitle", first, last], text["LineChartDescription"], first, last, Series, v => SpbeFormat.Value(v));

        BarYears = Points.Where(p => p.SelfDomains.Count > 0 || p.OfficialDomains.Count > 0).Select(p => p.Year).ToList();
        var year = BarYear is { } chosen && BarYears.Contains(chosen) ? chosen : BarYears.Count > 0 ? BarYears[^1] : 0;
        if (Points.FirstOrDefault(p => p.Year == year) is { InstrumentId: { } instrumentId } point && await catalog.FindAsync(instrumentId, ct) is { } instrument)
        {
            BarYear = year;
            Bars = instrument.Domains.Select(d => new DomainBarChart.Bar(d.Code, d.Name,
                point.SelfDomains.TryGetValue(d.Code, out var s) ? s : null, point.OfficialDomains.TryGetValue(d.Code, out var o) ? o : null)).ToList();
            BarChart = DomainBarChart.Render("spbe-bars", text["BarChartTitle", year], text["BarChartDescription"], Bars,
                text["SeriesSelf"], text["SeriesOfficial"], v => SpbeFormat.Value(v));
        }
    }
}

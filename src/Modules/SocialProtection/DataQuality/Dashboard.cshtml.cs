using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Accounts;
using Pamong.Platform.Web.Export;

namespace Pamong.SocialProtection.DataQuality;

/// <summary>/perlinsos/kualitas-data/dasbor: open findings per village in the officer's area, by kind, as a table and an SVG bar chart.</summary>
[Authorize(Policy = Permissions.ReadPerlinsos)]
public sealed class DashboardModel(FindingQueue queue, IStringLocalizer<PerlinsosText> text) : PageModel
{
    public IReadOnlyList<VillageQuality> Villages { get; private set; } = [];

    public IReadOnlyList<string> Kinds { get; } = Enum.GetNames<FindingKind>();

    public string? ChartSvg { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Villages = await queue.DashboardAsync(User, ct);
        var shown = Villages.Where(v => v.Open > 0).OrderByDescending(v => v.Open).Take(20).ToList();
        if (shown.Count > 0)
        {
            var data = new ChartData(shown.Select(v => v.VillageName).ToList(),
                [new ChartSeries(text["OpenFindings"], shown.Select(v => (double?)v.Open).ToList())], Math.Max(1, shown.Max(v => v.Open)));
            ChartSvg = Charts.BarSvg(data, "bagan-temuan", text["OpenFindingsPerVillage"], text["ChartDescription", shown.Count]);
        }
    }
}

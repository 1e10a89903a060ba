using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pamong.Platform.Accounts;
using Pamong.SpbeAssessment.Periods;
using Pamong.SpbeAssessment.Summary;

namespace Pamong.SpbeAssessment.Gaps;

/// <summary>/spbe/{year}/kesenjangan: which indicators to raise first, with what the next level requires and the evidence so far.</summary>
[Authorize(Policy = Permissions.ReadSpbe)]
public sealed class GapPageModel(PeriodLookup lookup, PeriodSummaries summaries) : PageModel
{
    public PeriodSummary Summary { get; private set; } = null!;

    public IReadOnlyList<GapAnalysis.Row> Rows { get; private set; } = [];

    [BindProperty(SupportsGet = true, Name = "urut")]
    public string? Order { get; set; }

    public bool ByTarget => Order == "target";

    public async Task<IActionResult> OnGetAsync(int year, CancellationToken ct)
    {
        var found = await lookup.FindAsync(year, ct);
        if (found.Refusal is not null || await summaries.ForYearAsync(year, ct) is not { } summary)
        {
            return NotFound();
        }

        Summary = summary;
        Rows = GapsApi.Rank(found.Value.Instrument, summary, ByTarget);
        return Page();
    }

    /// <summary>The simulator's address with every indicator that has a target above its level set to that target.</summary>
    public string SimulateTargets() =>
        $"/spbe/{Summary.Year}/simulasi?" + string.Join("&", Rows.Where(r => r.Target > r.Current).Select(r => $"t{Uri.EscapeDataString(r.Indicator.Code)}={r.Target}"));
}

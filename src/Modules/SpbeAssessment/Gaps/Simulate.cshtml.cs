using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pamong.Platform.Accounts;
using Pamong.SpbeAssessment.Instruments;
using Pamong.SpbeAssessment.Periods;
using Pamong.SpbeAssessment.Summary;

namespace Pamong.SpbeAssessment.Gaps;

/// <summary>
/// /spbe/{year}/simulasi: a plain GET form (t{code}=level for any indicators) → the index, predicate and domain
/// values those levels would give, against the current ones. Nothing is stored.
/// </summary>
[Authorize(Policy = Permissions.ReadSpbe)]
public sealed class SimulateModel(PeriodLookup lookup, PeriodSummaries summaries) : PageModel
{
    public PeriodSummary Summary { get; private set; } = null!;

    public Instrument Instrument { get; private set; } = null!;

    public IReadOnlyDictionary<string, int> Current { get; private set; } = new Dictionary<string, int>();

    public Dictionary<string, int> Chosen { get; } = new(StringComparer.Ordinal);

    public Simulation.Outcome? Result { get; private set; }

    /// <summary>The level assumed for indicators not filled yet (?sisa=3), if any.</summary>
    [BindProperty(SupportsGet = true, Name = "sisa")]
    public int? FillMissing { get; set; }

    public int Missing => Instrument.Indicators.Count(i => !Current.ContainsKey(i.Code));

    /// <summary>Chosen levels that differ from the current ones.</summary>
    public int Changed => Chosen.Count(c => !Current.TryGetValue(c.Key, out var now) || now != c.Value);

    public async Task<IActionResult> OnGetAsync(int year, CancellationToken ct)
    {
        var found = await lookup.FindAsync(year, ct);
        if (found.Refusal is not null || await summaries.ForYearAsync(year, ct) is not { } summary)
        {
            return NotFound();
        }

        (Summary, Instrument) = (summary, found.Value.Instrument);
        Current = GapsApi.Current(summary);
        foreach (var indicator in Instrument.Indicators)
        {
            if (int.TryParse(Request.Query["t" + indicator.Code], NumberStyles.None, CultureInfo.InvariantCulture, out var level)
                && level is >= Instrument.MinLevel and <= Instrument.MaxLevel)
            {
                Chosen[indicator.Code] = level;
            }
        }

        if (FillMissing is not (>= Instrument.MinLevel and <= Instrument.MaxLevel))
        {
            FillMissing = null;
        }

        if (Chosen.Count > 0 || FillMissing is not null)
        {
            Result = Simulation.Run(Instrument, Current, Chosen, FillMissing);
        }

        return Page();
    }
}

using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pamong.Platform.Accounts;

namespace Pamong.SpbeAssessment.Instruments;

/// <summary>/spbe/instrumen/{id}/indikator/{code}: the indicator's own wording of what each level requires (blank: the scale's).</summary>
[Authorize(Policy = Permissions.ManageSpbe)]
public sealed class EditIndicatorLevelsModel(InstrumentCatalog catalog, InstrumentEditor editor) : PageModel
{
    // Named, so that a dictionary with no field posted never falls back to binding the whole form.
    [BindProperty(Name = "LevelNames")]
    public Dictionary<int, string?> LevelNames { get; set; } = [];

    [BindProperty(Name = "Requirements")]
    public Dictionary<int, string?> Requirements { get; set; } = [];

    public Instrument Instrument { get; private set; } = null!;

    public Indicator Indicator { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string id, string code, CancellationToken ct)
    {
        if (!await LoadAsync(id, code, ct))
        {
            return NotFound();
        }

        foreach (var level in Indicator.Levels ?? [])
        {
            LevelNames[level.Level] = level.Name;
            Requirements[level.Level] = level.Requirement;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, string code, CancellationToken ct)
    {
        if (!await LoadAsync(id, code, ct))
        {
            return NotFound();
        }

        var own = Enumerable.Range(Instrument.MinLevel, Instrument.MaxLevel)
            .Select(l => new LevelMeaning(l, Blank(LevelNames.GetValueOrDefault(l)), Blank(Requirements.GetValueOrDefault(l))))
            .Where(l => l.Name is not null || l.Requirement is not null)
            .ToList();
        var changed = Instrument with
        {
            Domains = Instrument.Domains.Select(d => d with
            {
                Aspects = d.Aspects.Select(a => a with
                {
                    Indicators = a.Indicators.Select(i => i.Code == code ? i with { Levels = own.Count > 0 ? own : null } : i).ToList(),
                }).ToList(),
            }).ToList(),
        };
        var outcome = await editor.ReplaceAsync(id, changed, ct);
        if (outcome.Refusal is { } refusal)
        {
            foreach (var message in refusal.Errors.Values.SelectMany(m => m).DefaultIfEmpty(refusal.Detail))
            {
                ModelState.AddModelError("", message);
            }

            return Page();
        }

        TempData["Message"] = "InstrumentSaved";
        return Redirect($"/spbe/instrumen/{Uri.EscapeDataString(id)}");
    }

    public static string Text(int level) => level.ToString(CultureInfo.InvariantCulture);

    private async Task<bool> LoadAsync(string id, string code, CancellationToken ct)
    {
        if (await catalog.FindEntryAsync(id, ct) is not { Shipped: false } entry || entry.Instrument.FindIndicator(code) is not { } indicator)
        {
            return false;
        }

        (Instrument, Indicator) = (entry.Instrument, indicator);
        return true;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

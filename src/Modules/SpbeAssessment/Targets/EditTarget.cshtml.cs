using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Accounts;
using Pamong.SpbeAssessment.Data;
using Pamong.SpbeAssessment.Instruments;
using Pamong.SpbeAssessment.Periods;
using Pamong.SpbeAssessment.Summary;

namespace Pamong.SpbeAssessment.Targets;

/// <summary>/spbe/target/{year}: a year's target index and, optionally, target levels per indicator.</summary>
[Authorize(Policy = Permissions.ManageSpbe)]
public sealed class EditTargetModel(SpbeDb db, TargetEditor editor, PeriodSummaries summaries, IStringLocalizer<SpbeText> text) : PageModel
{
    [BindProperty]
    public string? Index { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    // Named, so that a dictionary with no field posted never falls back to binding the whole form.
    [BindProperty(Name = "Levels")]
    public Dictionary<string, int?> Levels { get; set; } = [];

    public int Year { get; private set; }

    public Instrument Instrument { get; private set; } = null!;

    public IReadOnlyDictionary<string, int> Current { get; private set; } = new Dictionary<string, int>();

    public async Task<IActionResult> OnGetAsync(int year, CancellationToken ct)
    {
        if (!PeriodYears.Valid(year))
        {
            return NotFound();
        }

        await LoadAsync(year, ct);
        if (await db.Targets.AsNoTracking().Include(t => t.Levels).FirstOrDefaultAsync(t => t.Year == year, ct) is { } target)
        {
            Index = SpbeFormat.Field(target.Index);
            Note = target.Note;
            Levels = target.Levels.ToDictionary(l => l.IndicatorCode, l => (int?)l.Level);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int year, CancellationToken ct)
    {
        if (!PeriodYears.Valid(year))
        {
            return NotFound();
        }

        await LoadAsync(year, ct);
        if (!SpbeFormat.TryParse(Index, out var index))
        {
            ModelState.AddModelError(nameof(Index), text["NotANumber", Index ?? ""]);
            return Page();
        }

        var input = new TargetInput
        {
            Index = index,
            Note = Note,
            Levels = Levels.Where(l => l.Value is not null).ToDictionary(l => l.Key, l => l.Value!.Value),
        };
        var outcome = await editor.SetAsync(year, input, ct);
        if (outcome.Refusal is { } refusal)
        {
            foreach (var (field, messages) in refusal.Errors)
            {
                foreach (var message in messages)
                {
                    ModelState.AddModelError(field, message);
                }
            }

            return Page();
        }

        return Redirect("/spbe/target");
    }

    private async Task LoadAsync(int year, CancellationToken ct)
    {
        Year = year;
        Instrument = await editor.InstrumentForAsync(year, ct);
        if (await summaries.ForYearAsync(year, ct) is { } summary)
        {
            Current = summary.Indicators.Where(i => i.FinalLevel is not null).ToDictionary(i => i.Code, i => i.FinalLevel!.Value);
        }
    }
}

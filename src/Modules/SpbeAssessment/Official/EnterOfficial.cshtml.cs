using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Accounts;
using Pamong.SpbeAssessment.Instruments;
using Pamong.SpbeAssessment.Periods;
using Pamong.SpbeAssessment.Summary;

namespace Pamong.SpbeAssessment.Official;

/// <summary>/spbe/{year}/resmi: enters the result KemenPAN-RB published (index, predicate, and the detail that was published).</summary>
[Authorize(Policy = Permissions.ManageSpbe)]
public sealed class EnterOfficialModel(PeriodLookup lookup, PeriodSummaries summaries, OfficialEditor editor, IStringLocalizer<SpbeText> text) : PageModel
{
    private TypedNumbers Read => new(ModelState, text);

    [BindProperty]
    public string? Index { get; set; }

    [BindProperty]
    public string? Predicate { get; set; }

    [BindProperty]
    public string? Source { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    // Named, so that a dictionary with no field posted never falls back to binding the whole form.
    [BindProperty(Name = "Domains")]
    public Dictionary<string, string?> Domains { get; set; } = [];

    [BindProperty(Name = "Aspects")]
    public Dictionary<string, string?> Aspects { get; set; } = [];

    [BindProperty(Name = "Levels")]
    public Dictionary<string, string?> Levels { get; set; } = [];

    public Instrument Instrument { get; private set; } = null!;

    public int Year { get; private set; }

    public async Task<IActionResult> OnGetAsync(int year, CancellationToken ct)
    {
        if (!await LoadAsync(year, ct))
        {
            return NotFound();
        }

        if ((await summaries.ForYearAsync(year, ct))?.Official is { } official)
        {
            Index = SpbeFormat.Field(official.Index);
            Predicate = official.Predicate;
            Source = official.Source;
            Note = official.Note;
            Domains = official.Domains.ToDictionary(v => v.Key, v => (string?)SpbeFormat.Field(v.Value));
            Aspects = official.Aspects.ToDictionary(v => v.Key, v => (string?)SpbeFormat.Field(v.Value));
            Levels = official.Levels.ToDictionary(v => v.Key, v => (string?)SpbeFormat.Field(v.Value));
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int year, CancellationToken ct)
    {
        if (!await LoadAsync(year, ct))
        {
            return NotFound();
        }

        var input = new OfficialInput
        {
            Index = Read.One(Index, nameof(Index)),
            Predicate = Predicate,
            Source = Source,
            Note = Note,
            DomainValues = Read.Many(Domains, nameof(Domains)),
            AspectValues = Read.Many(Aspects, nameof(Aspects)),
            Levels = Read.Many(Levels, nameof(Levels)),
        };
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var outcome = await editor.RecordAsync(year, input, ct);
        if (outcome.Refusal is { } refusal)
        {
            foreach (var (field, messages) in refusal.Errors)
            {
                var name = field switch
                {
                    nameof(OfficialInput.DomainValues) => nameof(Domains),
                    nameof(OfficialInput.AspectValues) => nameof(Aspects),
                    _ => field,
                };
                foreach (var message in messages)
                {
                    ModelState.AddModelError(name, message);
                }
            }

            return Page();
        }

        TempData["Message"] = outcome.Warnings.Count > 0 ? text["OfficialSavedWithWarnings", string.Join(" ", outcome.Warnings)].Value : text["OfficialSaved"].Value;
        return Redirect($"/spbe/{year}/perbandingan");
    }

    private async Task<bool> LoadAsync(int year, CancellationToken ct)
    {
        var found = await lookup.FindAsync(year, ct);
        if (found.Refusal is not null)
        {
            return false;
        }

        (Year, Instrument) = (year, found.Value.Instrument);
        return true;
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Accounts;
using Pamong.SpbeAssessment.Instruments;
using Pamong.SpbeAssessment.Official;

namespace Pamong.SpbeAssessment.History;

/// <summary>/spbe/riwayat/baru: records a past year from published figures (e.g. 2018 on PermenPANRB 5/2018 with only domain values).</summary>
[Authorize(Policy = Permissions.ManageSpbe)]
public sealed class AddHistoryModel(InstrumentCatalog catalog, HistoryEditor editor, IStringLocalizer<SpbeText> text) : PageModel
{
    private TypedNumbers Read => new(ModelState, text);

    [BindProperty(SupportsGet = true, Name = "instrumen")]
    public string? InstrumentId { get; set; }

    [BindProperty]
    public int? Year { get; set; }

    [BindProperty]
    public string? SelfIndex { get; set; }

    [BindProperty]
    public string? OfficialIndex { get; set; }

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

    public IReadOnlyList<CatalogEntry> Instruments { get; private set; } = [];

    public Instrument Instrument { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var self = Read.One(SelfIndex, nameof(SelfIndex));
        var official = new OfficialInput
        {
            Index = Read.One(OfficialIndex, nameof(OfficialIndex)),
            Predicate = Predicate,
            Source = Source,
            DomainValues = Read.Many(Domains, nameof(Domains)),
            AspectValues = Read.Many(Aspects, nameof(Aspects)),
        };
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var hasOfficial = official.Index is not null || official.DomainValues.Count > 0 || official.AspectValues.Count > 0;
        var outcome = await editor.RecordAsync(new HistoryInput
        {
            Year = Year,
            InstrumentId = Instrument.Id,
            SelfIndex = self,
            Official = hasOfficial ? official : null,
            Note = Note,
        }, ct);
        if (outcome.Refusal is { } refusal)
        {
            foreach (var (field, messages) in refusal.Errors)
            {
                var name = field switch
                {
                    "Official.Index" => nameof(OfficialIndex),
                    "Official.Predicate" => nameof(Predicate),
                    "Official.Source" => nameof(Source),
                    "Official.DomainValues" => nameof(Domains),
                    "Official.AspectValues" => nameof(Aspects),
                    "Official" => nameof(OfficialIndex),
                    _ => field,
                };
                foreach (var message in messages)
                {
                    ModelState.AddModelError(name, message);
                }
            }

            return Page();
        }

        return Redirect("/spbe/riwayat");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Instruments = await catalog.AllAsync(ct);
        Instrument = Instruments.FirstOrDefault(e => e.Instrument.Id == InstrumentId)?.Instrument
            ?? Instruments.First(e => e.Instrument.Id == InstrumentCatalog.DefaultId).Instrument;
        InstrumentId = Instrument.Id;
    }
}

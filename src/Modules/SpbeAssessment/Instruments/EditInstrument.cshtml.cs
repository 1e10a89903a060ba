using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Accounts;

namespace Pamong.SpbeAssessment.Instruments;

/// <summary>/spbe/instrumen/{id}/ubah: changes a stored instrument's names, weights and level scales on a page.</summary>
[Authorize(Policy = Permissions.ManageSpbe)]
public sealed class EditInstrumentModel(InstrumentCatalog catalog, InstrumentEditor editor, IStringLocalizer<SpbeText> text) : PageModel
{
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Regulation { get; set; }

    [BindProperty]
    public int? ValidFrom { get; set; }

    // Named, so that a dictionary with no field posted never falls back to binding the whole form.
    [BindProperty(Name = "Names")]
    public Dictionary<string, string?> Names { get; set; } = [];

    [BindProperty(Name = "Weights")]
    public Dictionary<string, string?> Weights { get; set; } = [];

    [BindProperty(Name = "ScaleNames")]
    public Dictionary<string, string?> ScaleNames { get; set; } = [];

    [BindProperty(Name = "ScaleRequirements")]
    public Dictionary<string, string?> ScaleRequirements { get; set; } = [];

    public Instrument Instrument { get; private set; } = null!;

    public static string Key(string kind, string code) => kind + "-" + code;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is not { } instrument)
        {
            return NotFound();
        }

        (Name, Regulation, ValidFrom) = (instrument.Name, instrument.Regulation, instrument.ValidFrom);
        foreach (var d in instrument.Domains)
        {
            Put("d", d.Code, d.Name, d.Weight);
            foreach (var a in d.Aspects)
            {
                Put("a", a.Code, a.Name, a.Weight);
                foreach (var i in a.Indicators)
                {
                    Put("i", i.Code, i.Name, i.Weight);
                }
            }
        }

        foreach (var (kind, levels) in instrument.Scales ?? new Dictionary<string, IReadOnlyList<LevelMeaning>>())
        {
            foreach (var level in levels)
            {
                ScaleNames[Key(kind, level.Level.ToString(System.Globalization.CultureInfo.InvariantCulture))] = level.Name;
                ScaleRequirements[Key(kind, level.Level.ToString(System.Globalization.CultureInfo.InvariantCulture))] = level.Requirement;
            }
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is not { } instrument)
        {
            return NotFound();
        }

        var changed = instrument with
        {
            Name = Name ?? "",
            Regulation = Regulation,
            ValidFrom = ValidFrom,
            Domains = instrument.Domains.Select(d => d with
            {
                Name = NameOf("d", d.Code),
                Weight = WeightOf("d", d.Code, d.Weight),
                Aspects = d.Aspects.Select(a => a with
                {
                    Name = NameOf("a", a.Code),
                    Weight = WeightOf("a", a.Code, a.Weight),
                    Indicators = a.Indicators.Select(i => i with { Name = NameOf("i", i.Code), Weight = WeightOf("i", i.Code, i.Weight) }).ToList(),
                }).ToList(),
            }).ToList(),
            Scales = instrument.Scales?.ToDictionary(s => s.Key, s => (IReadOnlyList<LevelMeaning>)s.Value.Select(l => l with
            {
                Name = ScaleNames.GetValueOrDefault(Key(s.Key, l.Level.ToString(System.Globalization.CultureInfo.InvariantCulture)))?.Trim(),
                Requirement = ScaleRequirements.GetValueOrDefault(Key(s.Key, l.Level.ToString(System.Globalization.CultureInfo.InvariantCulture)))?.Trim(),
            }).ToList()),
        };
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var outcome = await editor.ReplaceAsync(id, changed, ct);
        if (outcome.Refusal is { } refusal)
        {
            foreach (var message in refusal.Errors.Values.SelectMany(m => m).DefaultIfEmpty(refusal.Detail))
            {
                ModelState.AddModelError("", message);
            }

            return Page();
        }

        TempData["Message"] = outcome.Warnings.Count > 0 ? "InstrumentSavedWithWarnings" : "InstrumentSaved";
        return Redirect($"/spbe/instrumen/{Uri.EscapeDataString(id)}");
    }

    private async Task<Instrument?> LoadAsync(string id, CancellationToken ct)
    {
        if (await catalog.FindEntryAsync(id, ct) is not { Shipped: false } entry)
        {
            return null;
        }

        return Instrument = entry.Instrument;
    }

    private void Put(string kind, string code, string name, decimal weight)
    {
        Names[Key(kind, code)] = name;
        Weights[Key(kind, code)] = SpbeFormat.Field(weight);
    }

    private string NameOf(string kind, string code) => Names.GetValueOrDefault(Key(kind, code))?.Trim() ?? "";

    private decimal WeightOf(string kind, string code, decimal before)
    {
        var typed = Weights.GetValueOrDefault(Key(kind, code));
        if (SpbeFormat.TryParse(typed, out var weight) && weight is not null)
        {
            return weight.Value;
        }

        ModelState.AddModelError($"Weights[{Key(kind, code)}]", text["WeightInvalid", code]);
        return before;
    }
}

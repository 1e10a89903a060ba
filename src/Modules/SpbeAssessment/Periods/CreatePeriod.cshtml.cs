using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pamong.Platform.Accounts;
using Pamong.SpbeAssessment.Instruments;

namespace Pamong.SpbeAssessment.Periods;

/// <summary>/spbe/baru: opens a period for a year on an instrument (PermenPANRB 59/2020 unless another is chosen).</summary>
[Authorize(Policy = Permissions.ManageSpbe)]
public sealed class CreatePeriodModel(PeriodEditor editor, InstrumentCatalog catalog, TimeProvider clock) : PageModel
{
    [BindProperty]
    public PeriodInput Input { get; set; } = new();

    public IReadOnlyList<CatalogEntry> Instruments { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Input.Year ??= clock.GetUtcNow().Year;
        Input.InstrumentId ??= InstrumentCatalog.DefaultId;
        Instruments = await catalog.AllAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await editor.CreateAsync(Input, ct);
        if (outcome.Refusal is { } refusal)
        {
            refusal.CopyTo(ModelState, nameof(Input));
            Instruments = await catalog.AllAsync(ct);
            return Page();
        }

        return Redirect($"/spbe/{outcome.Value!.Year}");
    }
}

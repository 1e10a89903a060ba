using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Accounts;

namespace Pamong.Platform.People.Citizens;

/// <summary>/penduduk/baru: registers a resident in a village of the officer's area.</summary>
[Authorize(Policy = Permissions.ManageCitizens)]
public sealed class CreateModel(CitizenEditor editor, TenantVillages villages, IStringLocalizer<PeopleText> text) : PageModel
{
    [BindProperty]
    public CitizenInput Input { get; set; } = new();

    public IReadOnlyList<VillageOption> Villages { get; private set; } = [];
    public IReadOnlyList<string> Warnings { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    [TempData(Key = "Warnings")]
    public string? SavedWarnings { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Villages = await villages.InAreaAsync(OfficerArea.For(User, Permissions.ManageCitizens), ct);
        if (Villages.Count == 1)
        {
            Input.VillageCode = Villages[0].Code;
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await editor.CreateAsync(User, Input, ct);
        if (outcome.Refusal is { } refusal)
        {
            refusal.CopyTo(ModelState, nameof(Input));
            Warnings = outcome.Warnings;
            Villages = await villages.InAreaAsync(OfficerArea.For(User, Permissions.ManageCitizens), ct);
            return Page();
        }

        Message = text["Saved", outcome.Value!.FullName];
        SavedWarnings = outcome.Warnings.Count > 0 ? string.Join(" ", outcome.Warnings) : null;
        return Redirect("/penduduk");
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Accounts;
using Pamong.Platform.People.Citizens;

namespace Pamong.SocialProtection.Registry;

/// <summary>/perlinsos/rumah-tangga/baru: an agent registers a resident's household in their area, with consent.</summary>
[Authorize(Policy = Permissions.RegisterPerlinsos)]
public sealed class CreateModel(HouseholdEditor editor, TenantVillages villages, IStringLocalizer<PerlinsosText> text) : PageModel
{
    [BindProperty]
    public HouseholdInput Input { get; set; } = new();

    public IReadOnlyList<VillageOption> Villages { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Villages = await villages.InAreaAsync(OfficerArea.For(User, Permissions.RegisterPerlinsos), ct);
        if (Villages.Count == 1)
        {
            Input.VillageCode = Villages[0].Code;
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await editor.RegisterForResidentAsync(User, Input, ct);
        if (outcome.Refusal is { } refusal)
        {
            refusal.CopyTo(ModelState, nameof(Input));
            Villages = await villages.InAreaAsync(OfficerArea.For(User, Permissions.RegisterPerlinsos), ct);
            return Page();
        }

        Message = text["HouseholdRegistered"];
        return Redirect($"/perlinsos/rumah-tangga/{outcome.Value!.Id}");
    }
}

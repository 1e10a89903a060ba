using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pamong.Platform.Accounts;

namespace Pamong.SocialProtection.Registry;

/// <summary>/perlinsos/rumah-tangga/{id}: a household with masked numbers; posting a reason shows them in full (logged).</summary>
[Authorize(Policy = Permissions.ReadPerlinsos)]
public sealed class DetailModel(HouseholdSearch search, IAuthorizationService authorization) : PageModel
{
    public HouseholdRecord Household { get; private set; } = null!;

    [BindProperty]
    public string? Reason { get; set; }

    public bool CanEdit { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => ShowAsync(id, null, ct);

    public Task<IActionResult> OnPostAsync(int id, CancellationToken ct) => ShowAsync(id, Reason ?? "", ct);

    private async Task<IActionResult> ShowAsync(int id, string? reason, CancellationToken ct)
    {
        var outcome = await search.ReadAsync(User, id, reason, ct);
        if (outcome.Refusal is { Status: 404 })
        {
            return NotFound();
        }

        if (outcome.Refusal is { } refusal)
        {
            refusal.CopyTo(ModelState, "");
            outcome = await search.ReadAsync(User, id, null, ct);
        }

        Household = outcome.Value!;
        CanEdit = (await authorization.AuthorizeAsync(User, new InRegion(Household.VillageCode), Permissions.RegisterPerlinsos)).Succeeded;
        return Page();
    }
}

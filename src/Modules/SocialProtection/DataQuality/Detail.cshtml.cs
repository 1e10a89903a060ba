using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Accounts;

namespace Pamong.SocialProtection.DataQuality;

/// <summary>/perlinsos/kualitas-data/{id}: a finding with its evidence; the responsible officer confirms or dismisses it with a reason.</summary>
[Authorize(Policy = Permissions.ReadPerlinsos)]
public sealed class DetailModel(FindingQueue queue, FindingResolver resolver, IAuthorizationService authorization, IStringLocalizer<PerlinsosText> text) : PageModel
{
    public FindingRecord Finding { get; private set; } = null!;

    public bool CanResolve { get; private set; }

    [BindProperty]
    public string? Decision { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var outcome = await resolver.ResolveAsync(User, id, new FindingResolver.ResolveInput(Decision, Reason), ct);
        if (outcome.Refusal is { } refusal)
        {
            if (refusal.Status == 404)
            {
                return NotFound();
            }

            refusal.CopyTo(ModelState, "");
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }

        Message = text["FindingResolved", outcome.Value!.Resolution ?? ""];
        return Redirect($"/perlinsos/kualitas-data/{id}");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var outcome = await queue.ReadAsync(User, id, ct);
        if (outcome.Value is null)
        {
            return false;
        }

        Finding = outcome.Value;
        CanResolve = Finding.Status == "Open"
            && (await authorization.AuthorizeAsync(User, new InRegion(Finding.VillageCode), Permissions.VerifyPerlinsos)).Succeeded;
        return true;
    }
}

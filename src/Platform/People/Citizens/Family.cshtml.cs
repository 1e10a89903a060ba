using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pamong.Platform.Accounts;

namespace Pamong.Platform.People.Citizens;

/// <summary>/penduduk/kk/{kk}: everyone on a family card (in the officer's area), in full, after a reason (logged).</summary>
[Authorize(Policy = Permissions.ReadCitizens)]
public sealed class FamilyModel(CitizenSearch search, CitizenReader reader, PersonalDataMask mask) : PageModel
{
    [BindProperty]
    public string? Reason { get; set; }

    public string MaskedKk { get; private set; } = "";
    public FamilyRecord? Family { get; private set; }

    public async Task<IActionResult> OnGetAsync(string kk, CancellationToken ct)
    {
        var number = kk.Trim();
        if (!await search.Visible(User).AnyAsync(c => c.KkNumber == number, ct))
        {
            return NotFound();
        }

        MaskedKk = mask.Number(number);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string kk, CancellationToken ct)
    {
        var outcome = await reader.ReadFamilyAsync(User, kk, Reason, ct);
        if (outcome.Refusal is { Status: StatusCodes.Status404NotFound })
        {
            return NotFound();
        }

        if (outcome.Refusal is { } refusal)
        {
            ModelState.AddModelError(nameof(Reason), refusal.Detail);
            return await OnGetAsync(kk, ct);
        }

        Family = outcome.Value!;
        MaskedKk = mask.Number(Family.KkNumber);
        return Page();
    }
}

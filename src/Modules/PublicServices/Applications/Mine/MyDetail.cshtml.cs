using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pamong.Platform.Accounts;
using Pamong.PublicServices.Applications.Timeline;

namespace Pamong.PublicServices.Applications.Mine;

/// <summary>/layanan/permohonan-saya/{number}: the citizen's application with every step and the full timeline.</summary>
[Authorize(Policy = Permissions.SignedIn)]
public sealed class MyDetailModel(ApplicationDetails details) : PageModel
{
    public ApplicationDetail Detail { get; private set; } = null!;

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(string number, CancellationToken ct)
    {
        var detail = await details.ForAsync(number, User, ct);
        if (detail is null)
        {
            return NotFound();
        }

        Detail = detail;
        return Page();
    }
}

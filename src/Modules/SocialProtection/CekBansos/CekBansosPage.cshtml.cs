using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Pamong.SocialProtection.CekBansos;

/// <summary>/cek-bansos: the public lookup by NIK and name; no sign-in; limited per client address.</summary>
[AllowAnonymous]
[EnableRateLimiting(CekBansosSetup.RateLimitPolicy)]
public sealed class CekBansosPageModel(CekBansosAnswer answer) : PageModel
{
    [BindProperty]
    public string? Nik { get; set; }

    [BindProperty]
    public string? Nama { get; set; }

    public IReadOnlyList<CekResult>? Results { get; private set; }

    public bool NothingFound { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await answer.AskAsync(Nik, Nama, ct);
        if (outcome.Refusal is { Status: StatusCodes.Status404NotFound })
        {
            NothingFound = true;
        }
        else if (outcome.Refusal is { } refusal)
        {
            refusal.CopyTo(ModelState, "");
        }
        else
        {
            Results = outcome.Value;
        }

        return Page();
    }
}

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Pamong.PublicServices.Applications.Tracking;

/// <summary>
/// /layanan/lacak: anyone can follow an application with its number and the applicant's NIK (both required).
/// Shows only the service, status, current step and dates; the same vague answer for any mismatch; rate-limited.
/// The NIK is posted, never put in the address.
/// </summary>
[EnableRateLimiting(TrackingLimits.Policy)]
public sealed class TrackModel(Tracker tracker, IStringLocalizer<PublicServicesText> text) : PageModel
{
    [BindProperty]
    public string? Number { get; set; }

    [BindProperty]
    public string? Nik { get; set; }

    public TrackResult? Found { get; private set; }

    public bool Missing { get; private set; }

    public Dictionary<string, string> Errors { get; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Number))
        {
            Errors["Number"] = text["NumberRequired"];
        }

        if (string.IsNullOrWhiteSpace(Nik))
        {
            Errors["Nik"] = text["NikRequired"];
        }

        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Found = await tracker.FindAsync(Number, Nik, ct);
        Missing = Found is null;
        return Page();
    }
}

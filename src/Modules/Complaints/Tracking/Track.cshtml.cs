using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Pamong.Complaints.Tracking;

/// <summary>/pengaduan/lacak?kode=ADU-...: the public status and timeline by tracking code (rate-limited), and the response to an answer.</summary>
public sealed class TrackModel(ComplaintTracking tracking, PublicLimits limits, IStringLocalizer<ComplaintText> text) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "kode")]
    public string? Code { get; set; }

    [BindProperty]
    public ResponseInput Reply { get; set; } = new();

    public Complaint? Complaint { get; private set; }

    public string? LimitMessage { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(Code) && await AllowedAsync(ct))
        {
            Show(await tracking.FindAsync(Code, ct));
        }
    }

    public async Task<IActionResult> OnPostRespondAsync(CancellationToken ct)
    {
        if (!await AllowedAsync(ct))
        {
            return Page();
        }

        var outcome = await tracking.RespondAsync(Code, Reply, ct);
        if (outcome.Refusal is { } refusal)
        {
            refusal.CopyTo(ModelState, nameof(Reply));
            Show(await tracking.FindAsync(Code, ct));
            return Page();
        }

        Message = Reply.Satisfied == true ? text["RespondedSatisfied"] : text["RespondedNotSatisfied"];
        return Redirect("/pengaduan/lacak?kode=" + Uri.EscapeDataString(outcome.Value!.TrackingCode));
    }

    private void Show(Platform.Web.Outcome<Complaint> found)
    {
        if (found.Refusal is { } refusal)
        {
            ModelState.AddModelError(nameof(Code), refusal.Detail);
            return;
        }

        Complaint = found.Value;
    }

    private async Task<bool> AllowedAsync(CancellationToken ct)
    {
        if (await limits.TrackingWaitAsync(HttpContext, ct) is not { } wait)
        {
            return true;
        }

        HttpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        HttpContext.Response.Headers.RetryAfter = wait.ToString(System.Globalization.CultureInfo.InvariantCulture);
        LimitMessage = text["TrackingRateLimited", wait];
        return false;
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Accounts;
using Pamong.PublicServices.Applications.Processing;
using Pamong.PublicServices.Applications.Timeline;

namespace Pamong.PublicServices.Applications.Review;

/// <summary>
/// /layanan/antrian/{number}: an officer opens an application (answers, files, timeline) and, at their step,
/// approves it, returns it for revision or rejects it (both with a reason; rejecting asks for confirmation).
/// </summary>
[Authorize(Policy = Permissions.ReadApplications)]
public sealed class ReviewModel(ApplicationDetails details, ProcessApplication process, ResultDocumentStep documents, IStringLocalizer<PublicServicesText> text) : PageModel
{
    public ApplicationDetail Detail { get; private set; } = null!;

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public bool Confirm { get; set; }

    /// <summary>Which action's form shows its error ("return" or "reject").</summary>
    public string? FailedAction { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(string number, CancellationToken ct) =>
        await LoadAsync(number, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostApproveAsync(string number, CancellationToken ct) => DecideAsync(number, Decision.Approve, "approve", ct);

    public Task<IActionResult> OnPostReturnAsync(string number, CancellationToken ct) => DecideAsync(number, Decision.Return, "return", ct);

    public async Task<IActionResult> OnPostRejectAsync(string number, CancellationToken ct)
    {
        if (!Confirm)
        {
            ModelState.AddModelError("Reason", text["ConfirmReject"]);
            FailedAction = "reject";
            return await LoadAsync(number, ct) ? Page() : NotFound();
        }

        return await DecideAsync(number, Decision.Reject, "reject", ct);
    }

    public async Task<IActionResult> OnPostDocumentAsync(string number, CancellationToken ct)
    {
        var outcome = await documents.ReissueAsync(number, User, ct);
        if (outcome.Refusal is { } refusal)
        {
            refusal.CopyTo(ModelState, "");
            Response.StatusCode = refusal.Status;
            return await LoadAsync(number, ct) ? Page() : NotFound();
        }

        return Redirect("/layanan/antrian/" + outcome.Value!.Number);
    }

    private async Task<IActionResult> DecideAsync(string number, Decision decision, string action, CancellationToken ct)
    {
        var outcome = await process.DecideAsync(number, decision, Reason, User, ct: ct);
        if (outcome.Refusal is { } refusal)
        {
            if (refusal.Status == StatusCodes.Status404NotFound)
            {
                return NotFound();
            }

            refusal.CopyTo(ModelState, "");
            FailedAction = action;
            Response.StatusCode = refusal.Status;
            return await LoadAsync(number, ct) ? Page() : NotFound();
        }

        Notice = "Done_" + outcome.Value!.Status;
        return Redirect("/layanan/antrian/" + outcome.Value.Number);
    }

    private async Task<bool> LoadAsync(string number, CancellationToken ct)
    {
        var detail = await details.ForAsync(number, User, ct);
        if (detail is null)
        {
            return false;
        }

        Detail = detail;
        return true;
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pamong.Platform.Accounts;
using Pamong.Platform.Web;
using Pamong.SpbeAssessment.Summary;

namespace Pamong.SpbeAssessment.Periods;

/// <summary>
/// /spbe/{year}: a period grouped by domain → aspect → indicator with levels, OPD and status, the partial or
/// complete index; submitting for review and locking. Printable.
/// </summary>
[Authorize(Policy = Permissions.ReadSpbe)]
public sealed class PeriodModel(PeriodSummaries summaries, PeriodEditor editor, IAuthorizationService authorization) : PageModel
{
    public PeriodSummary Summary { get; private set; } = null!;

    public bool CanManage { get; private set; }

    public bool CanReview { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(int year, CancellationToken ct)
    {
        if (await summaries.ForYearAsync(year, ct) is not { } summary)
        {
            return NotFound();
        }

        Summary = summary;
        CanManage = await Can(Permissions.ManageSpbe);
        CanReview = await Can(Permissions.ReviewSpbe);
        return Page();
    }

    public async Task<IActionResult> OnPostSubmitAsync(int year, CancellationToken ct) =>
        await Can(Permissions.ManageSpbe) ? await Act(year, editor.SubmitAsync(year, ct), "SubmittedMessage", ct) : Forbid();

    public async Task<IActionResult> OnPostLockAsync(int year, CancellationToken ct) =>
        await Can(Permissions.ReviewSpbe) ? await Act(year, editor.LockAsync(year, ct), "LockedMessage", ct) : Forbid();

    private async Task<bool> Can(string permission) => (await authorization.AuthorizeAsync(User, permission)).Succeeded;

    private async Task<IActionResult> Act(int year, Task<Outcome<AssessmentPeriod>> action, string message, CancellationToken ct)
    {
        var outcome = await action;
        if (outcome.Refusal is { } refusal)
        {
            ModelState.AddModelError("", refusal.Detail);
            return await OnGetAsync(year, ct);
        }

        Message = message;
        return Redirect($"/spbe/{year}");
    }
}

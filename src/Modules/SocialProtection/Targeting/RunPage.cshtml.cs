using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pamong.Platform.Accounts;
using Pamong.Platform.Web;
using Pamong.SocialProtection.Data;
using Pamong.SocialProtection.Programs;

namespace Pamong.SocialProtection.Targeting;

/// <summary>/perlinsos/penetapan/{id}: a run's progress, counts, diff with the previous version, approval, and its decisions with their reasons.</summary>
[Authorize(Policy = Permissions.ReadPerlinsos)]
public sealed class RunPageModel(PerlinsosDb db, TargetingRuns runs, DecisionReader reader, IAuthorizationService authorization) : PageModel
{
    public TargetingRun Run { get; private set; } = new();
    public AidProgram Program { get; private set; } = new();
    public RunDiff? Diff { get; private set; }
    public Paged<DecisionView> Decisions { get; private set; } = new([], 1, 20, 0);
    public bool CanApprove { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? Village { get; set; }

    [BindProperty(SupportsGet = true)]
    public DecisionStatus? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "halaman")]
    public int? PageNumber { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostApproveAsync(int id, CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Permissions.ManagePerlinsos)).Succeeded)
        {
            return Forbid();
        }

        var outcome = await runs.ApproveAsync(id, Note, ct);
        if (outcome.Refusal is { } refusal)
        {
            refusal.CopyTo(ModelState, "");
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }

        return Redirect($"/perlinsos/penetapan/{id}");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (await db.TargetingRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct) is not { } run)
        {
            return false;
        }

        Run = run;
        Program = await db.Programs.AsNoTracking().SingleAsync(p => p.Id == run.ProgramId, ct);
        Diff = await runs.DiffAsync(id, ct);
        Decisions = await reader.ListAsync(id, User, Village, Status, PageNumber, 50, ct);
        CanApprove = run.Status == RunStatus.Completed && (await authorization.AuthorizeAsync(User, Permissions.ManagePerlinsos)).Succeeded;
        return true;
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pamong.Platform.Accounts;
using Pamong.SocialProtection.Data;

namespace Pamong.SocialProtection.Targeting;

/// <summary>/perlinsos/penetapan: the runs, newest first, and (for the Dinas Sosial) the form that starts one.</summary>
[Authorize(Policy = Permissions.ReadPerlinsos)]
public sealed class RunsPageModel(PerlinsosDb db, TargetingRuns runs, IAuthorizationService authorization, TimeProvider clock) : PageModel
{
    public IReadOnlyList<(TargetingRun Run, string Program)> Runs { get; private set; } = [];
    public IReadOnlyList<(string Code, string Name)> Programs { get; private set; } = [];
    public bool CanStart { get; private set; }

    [BindProperty]
    public string? Program { get; set; }

    [BindProperty]
    public string? Period { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Period ??= clock.GetUtcNow().Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Permissions.ManagePerlinsos)).Succeeded)
        {
            return Forbid();
        }

        var outcome = await runs.StartAsync(Program ?? "", Period, ct);
        if (outcome.Refusal is { } refusal)
        {
            refusal.CopyTo(ModelState, "");
            await LoadAsync(ct);
            return Page();
        }

        return Redirect($"/perlinsos/penetapan/{outcome.Value!.Id}");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var rows = await (from r in db.TargetingRuns.AsNoTracking() join p in db.Programs on r.ProgramId equals p.Id orderby r.Id descending select new { r, p.Name }).Take(100).ToListAsync(ct);
        Runs = rows.Select(x => (x.r, x.Name)).ToList();
        Programs = (await db.Programs.AsNoTracking().Where(p => p.Active).OrderBy(p => p.Priority).Select(p => new { p.Code, p.Name }).ToListAsync(ct)).Select(p => (p.Code, p.Name)).ToList();
        CanStart = (await authorization.AuthorizeAsync(User, Permissions.ManagePerlinsos)).Succeeded;
    }
}

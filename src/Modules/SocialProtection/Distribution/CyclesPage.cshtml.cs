using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pamong.Platform.Accounts;
using Pamong.SocialProtection.Data;

namespace Pamong.SocialProtection.Distribution;

/// <summary>/perlinsos/penyaluran: the distribution stages and (for the Dinas Sosial) the form that opens one.</summary>
[Authorize(Policy = Permissions.ReadPerlinsos)]
public sealed class CyclesPageModel(PerlinsosDb db, CycleEditor editor, IAuthorizationService authorization) : PageModel
{
    public IReadOnlyList<(DistributionCycle Cycle, string Program)> Cycles { get; private set; } = [];
    public IReadOnlyList<(string Code, string Name)> Programs { get; private set; } = [];
    public bool CanOpen { get; private set; }

    [BindProperty]
    public CycleInput Input { get; set; } = new() { Stage = 1 };

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Permissions.ManagePerlinsos)).Succeeded)
        {
            return Forbid();
        }

        var outcome = await editor.OpenAsync(Input, ct);
        if (outcome.Refusal is { } refusal)
        {
            refusal.CopyTo(ModelState, nameof(Input));
            await LoadAsync(ct);
            return Page();
        }

        return Redirect($"/perlinsos/penyaluran/{outcome.Value!.Id}");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Cycles = (await (from c in db.DistributionCycles.AsNoTracking() join p in db.Programs on c.ProgramId equals p.Id orderby c.Id descending select new { c, p.Name }).Take(100).ToListAsync(ct))
            .Select(x => (x.c, x.Name)).ToList();
        Programs = (await db.Programs.AsNoTracking().OrderBy(p => p.Priority).Select(p => new { p.Code, p.Name }).ToListAsync(ct)).Select(p => (p.Code, p.Name)).ToList();
        CanOpen = (await authorization.AuthorizeAsync(User, Permissions.ManagePerlinsos)).Succeeded;
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pamong.Platform.Accounts;
using Pamong.Platform.People.Citizens;
using Pamong.Platform.Web;
using Pamong.SocialProtection.Data;
using Pamong.SocialProtection.Jobs;

namespace Pamong.SocialProtection.DataQuality;

/// <summary>/perlinsos/kualitas-data: the queue of findings in the officer's area; Admin/DINSOS start the pass here.</summary>
[Authorize(Policy = Permissions.ReadPerlinsos)]
public sealed class IndexModel(FindingQueue queue, TenantVillages villages, QualityStarter starter, PerlinsosDb db, IAuthorizationService authorization) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; } = "Open";

    [BindProperty(SupportsGet = true)]
    public string? Village { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int? PageNumber { get; set; }

    public Paged<FindingRow> Found { get; private set; } = null!;
    public IReadOnlyList<VillageOption> Villages { get; private set; } = [];
    public bool CanRun { get; private set; }
    public PerlinsosJob? LastPass { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Found = await queue.FindAsync(User, Kind, Status, Village, PageNumber, Paging.DefaultSize, ct);
        Villages = await villages.InAreaAsync(OfficerArea.For(User, Permissions.ReadPerlinsos), ct);
        CanRun = (await authorization.AuthorizeAsync(User, Permissions.ManagePerlinsos)).Succeeded;
        LastPass = await db.Jobs.AsNoTracking().Where(j => j.Kind == JobKind.QualityPass).OrderByDescending(j => j.Id)
            .Select(j => new PerlinsosJob { Id = j.Id, Status = j.Status, Message = j.Message, FinishedAt = j.FinishedAt, CreatedAt = j.CreatedAt })
            .FirstOrDefaultAsync(ct);
    }

    public async Task<IActionResult> OnPostRunAsync(CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Permissions.ManagePerlinsos)).Succeeded)
        {
            return Forbid();
        }

        var job = await starter.StartAsync(User, ct);
        return Redirect($"/perlinsos/kualitas-data/pemeriksaan/{job.Id}");
    }
}

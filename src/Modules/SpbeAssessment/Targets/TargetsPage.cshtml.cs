using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pamong.Platform.Accounts;
using Pamong.SpbeAssessment.Data;

namespace Pamong.SpbeAssessment.Targets;

/// <summary>/spbe/target: every year's target; a year is chosen to set or change its target.</summary>
[Authorize(Policy = Permissions.ReadSpbe)]
public sealed class TargetsPageModel(SpbeDb db, IAuthorizationService authorization, TimeProvider clock) : PageModel
{
    public IReadOnlyList<Target> Targets { get; private set; } = [];

    public bool CanManage { get; private set; }

    public int NextYear { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Targets = await db.Targets.AsNoTracking().Include(t => t.Levels).OrderByDescending(t => t.Year).ToListAsync(ct);
        CanManage = (await authorization.AuthorizeAsync(User, Permissions.ManageSpbe)).Succeeded;
        NextYear = clock.GetUtcNow().Year + 1;
    }
}

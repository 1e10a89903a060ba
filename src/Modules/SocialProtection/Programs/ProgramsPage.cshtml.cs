using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pamong.Platform.Accounts;
using Pamong.SocialProtection.Data;

namespace Pamong.SocialProtection.Programs;

/// <summary>/perlinsos/program: the programs with their rules in short.</summary>
[Authorize(Policy = Permissions.ReadPerlinsos)]
public sealed class ProgramsPageModel(PerlinsosDb db, IAuthorizationService authorization) : PageModel
{
    public IReadOnlyList<AidProgram> Programs { get; private set; } = [];
    public bool CanManage { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Programs = await db.Programs.AsNoTracking().Include(p => p.Components).Include(p => p.Quotas).OrderBy(p => p.Priority).ThenBy(p => p.Code).ToListAsync(ct);
        CanManage = (await authorization.AuthorizeAsync(User, Permissions.ManagePerlinsos)).Succeeded;
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pamong.Platform.Accounts;
using Pamong.SocialProtection.Data;
using Pamong.SocialProtection.Jobs;

namespace Pamong.SocialProtection.DataQuality;

/// <summary>/perlinsos/kualitas-data/pemeriksaan/{id}: a pass's progress (refreshes itself while running) and its summary.</summary>
[Authorize(Policy = Permissions.ReadPerlinsos)]
public sealed class PassModel(PerlinsosDb db) : PageModel
{
    public PerlinsosJob Job { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var job = await db.Jobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == id && j.Kind == JobKind.QualityPass, ct);
        if (job is null)
        {
            return NotFound();
        }

        Job = job;
        return Page();
    }
}

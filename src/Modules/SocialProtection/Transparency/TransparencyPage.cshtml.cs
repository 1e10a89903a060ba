using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pamong.Platform.Regions;
using Pamong.Platform.Tenancy;

namespace Pamong.SocialProtection.Transparency;

/// <summary>/perlinsos/transparansi/{villageCode}: the village's recipients per program, masked, with totals; public.</summary>
[AllowAnonymous]
public sealed class TransparencyPageModel(VillageRecipients recipients, RegionDirectory regions, TenantDirectory tenants, CurrentTenant tenant) : PageModel
{
    public Region Village { get; private set; } = new();

    public IReadOnlyList<ProgramRecipients> Programs { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string villageCode, CancellationToken ct)
    {
        if (regions.Tree.Find(villageCode) is not { Level: RegionLevel.Village } village || !TransparencyRules.InPemda(village.Code, tenants, tenant))
        {
            return NotFound();
        }

        Village = village;
        Programs = await recipients.ForAsync(village.Code, ct);
        return Page();
    }
}

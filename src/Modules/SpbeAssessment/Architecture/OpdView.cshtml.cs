using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pamong.Platform.Accounts;

namespace Pamong.SpbeAssessment.Architecture;

/// <summary>/spbe/arsitektur/opd/{unitId}: everything one OPD owns in the inventory.</summary>
[Authorize(Policy = Permissions.ReadSpbe)]
public sealed class OpdViewModel(ArchitectureOverview overview) : PageModel
{
    public ArchitectureApi.OpdHoldings Holdings { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int unitId, CancellationToken ct)
    {
        if (await overview.ForUnitAsync(unitId, ct) is not { } holdings)
        {
            return NotFound();
        }

        Holdings = holdings;
        return Page();
    }
}

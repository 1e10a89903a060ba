using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pamong.Platform.Accounts;
using Pamong.Platform.Data;

namespace Pamong.Platform.Organisations.Positions;

/// <summary>/organisasi/{unitId}/jabatan/baru: adds a position to a unit.</summary>
[Authorize(Policy = Permissions.ManageOrganisation)]
public sealed class CreatePositionModel(PamongDb db, PositionEditor editor) : PageModel
{
    [BindProperty]
    public PositionInput Input { get; set; } = new();

    public OrganisationUnit Unit { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int unitId, CancellationToken ct) =>
        await FindUnitAsync(unitId, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int unitId, CancellationToken ct)
    {
        if (!await FindUnitAsync(unitId, ct))
        {
            return NotFound();
        }

        var outcome = await editor.CreateAsync(unitId, Input, ct);
        if (outcome.Refusal is { } refusal)
        {
            refusal.CopyTo(ModelState, nameof(Input));
            return Page();
        }

        return Redirect($"/organisasi/{unitId}#jabatan");
    }

    private async Task<bool> FindUnitAsync(int unitId, CancellationToken ct)
    {
        Unit = (await db.OrganisationUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Id == unitId, ct))!;
        return Unit is not null;
    }
}

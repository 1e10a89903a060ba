using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pamong.Platform.Accounts;
using Pamong.Platform.Data;

namespace Pamong.Platform.Organisations.Units;

/// <summary>/organisasi/{id}/ubah: changes an OPD's code, name or active flag (unticking it deactivates the OPD).</summary>
[Authorize(Policy = Permissions.ManageOrganisation)]
public sealed class EditOpdModel(PamongDb db, OpdEditor editor) : PageModel
{
    [BindProperty]
    public OpdInput Input { get; set; } = new();

    public OrganisationUnit Unit { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await FindAsync(id, ct) is not { } unit)
        {
            return NotFound();
        }

        Input = new OpdInput { Code = unit.Code, Name = unit.Name, Active = unit.Active };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await FindAsync(id, ct) is null)
        {
            return NotFound();
        }

        var outcome = await editor.UpdateAsync(id, Input, ct);
        if (outcome.Refusal is { } refusal)
        {
            refusal.CopyTo(ModelState, nameof(Input));
            return Page();
        }

        return Redirect($"/organisasi/{id}");
    }

    private async Task<OrganisationUnit?> FindAsync(int id, CancellationToken ct)
    {
        Unit = (await db.OrganisationUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id && u.Kind == UnitKind.Opd, ct))!;
        return Unit;
    }
}

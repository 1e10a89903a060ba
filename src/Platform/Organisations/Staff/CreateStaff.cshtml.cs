using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pamong.Platform.Accounts;
using Pamong.Platform.Data;
using Pamong.Platform.Organisations.Positions;

namespace Pamong.Platform.Organisations.Staff;

/// <summary>/organisasi/{unitId}/pegawai/baru: adds a member of staff to a unit.</summary>
[Authorize(Policy = Permissions.ManageOrganisation)]
public sealed class CreateStaffModel(PamongDb db, StaffEditor editor) : PageModel
{
    [BindProperty]
    public StaffInput Input { get; set; } = new() { Status = nameof(StaffStatus.Asn) };

    public OrganisationUnit Unit { get; private set; } = null!;
    public IReadOnlyList<Position> Positions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int unitId, CancellationToken ct)
    {
        if (!await LoadAsync(unitId, ct))
        {
            return NotFound();
        }

        Input.UnitId = unitId;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int unitId, CancellationToken ct)
    {
        if (!await LoadAsync(unitId, ct))
        {
            return NotFound();
        }

        Input.UnitId = unitId;
        var outcome = await editor.CreateAsync(Input, ct);
        if (outcome.Refusal is { } refusal)
        {
            refusal.CopyTo(ModelState, nameof(Input));
            return Page();
        }

        return Redirect($"/organisasi/{unitId}/pegawai");
    }

    private async Task<bool> LoadAsync(int unitId, CancellationToken ct)
    {
        Unit = (await db.OrganisationUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Id == unitId, ct))!;
        if (Unit is null)
        {
            return false;
        }

        Positions = await db.Positions.AsNoTracking().Where(p => p.UnitId == unitId && p.Active).OrderBy(p => p.Name).ToListAsync(ct);
        return true;
    }
}

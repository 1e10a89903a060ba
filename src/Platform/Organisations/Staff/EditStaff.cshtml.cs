using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pamong.Platform.Accounts;
using Pamong.Platform.Data;
using Pamong.Platform.Organisations.Positions;

namespace Pamong.Platform.Organisations.Staff;

/// <summary>/organisasi/pegawai/{id}/ubah: changes a member of staff, moves them to another unit, or deactivates them.</summary>
[Authorize(Policy = Permissions.ManageOrganisation)]
public sealed class EditStaffModel(PamongDb db, StaffEditor editor) : PageModel
{
    [BindProperty]
    public StaffInput Input { get; set; } = new();

    public StaffMember Staff { get; private set; } = null!;
    public IReadOnlyList<Position> Positions { get; private set; } = [];
    public IReadOnlyList<OrganisationUnit> Units { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var account = Staff.UserId is null ? null : await db.Users.Where(u => u.Id == Staff.UserId).Select(u => u.UserName).FirstOrDefaultAsync(ct);
        Input = new StaffInput
        {
            FullName = Staff.FullName,
            Status = Staff.Status.ToString(),
            Nip = Staff.Nip,
            UnitId = Staff.UnitId,
            PositionId = Staff.PositionId,
            Account = account,
            Active = Staff.Active,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var outcome = await editor.UpdateAsync(id, Input, ct);
        if (outcome.Refusal is { } refusal)
        {
            refusal.CopyTo(ModelState, nameof(Input));
            return Page();
        }

        return Redirect($"/organisasi/{outcome.Value!.UnitId}/pegawai");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        Staff = (await db.StaffMembers.AsNoTracking().Include(s => s.Unit).FirstOrDefaultAsync(s => s.Id == id, ct))!;
        if (Staff is null)
        {
            return false;
        }

        Positions = await db.Positions.AsNoTracking()
            .Where(p => p.UnitId == Staff.UnitId && (p.Active || p.Id == Staff.PositionId)).OrderBy(p => p.Name).ToListAsync(ct);
        Units = await db.OrganisationUnits.AsNoTracking()
            .OrderBy(u => u.Kind == UnitKind.Pemda ? 0 : u.Kind == UnitKind.Opd ? 1 : 2).ThenBy(u => u.Code).ToListAsync(ct);
        return true;
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pamong.Platform.Accounts;
using Pamong.Platform.Data;
using Pamong.Platform.Organisations.Positions;

namespace Pamong.Platform.Organisations.Units;

/// <summary>/organisasi/{id}: one unit with its positions, its staff count and, for a kecamatan, its villages.</summary>
[Authorize(Policy = Permissions.SignedIn)]
public sealed class UnitModel(PamongDb db, IAuthorizationService authorization) : PageModel
{
    public OrganisationUnit Unit { get; private set; } = null!;
    public OrganisationUnit? Parent { get; private set; }
    public IReadOnlyList<OrganisationUnit> Villages { get; private set; } = [];
    public IReadOnlyList<Position> Positions { get; private set; } = [];
    public int StaffCount { get; private set; }
    public bool CanManage { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var unit = await db.OrganisationUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, ct);
        if (unit is null)
        {
            return NotFound();
        }

        Unit = unit;
        Parent = unit.ParentId is { } parentId ? await db.OrganisationUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Id == parentId, ct) : null;
        if (unit.Kind == UnitKind.Kecamatan)
        {
            Villages = await db.OrganisationUnits.AsNoTracking().Where(u => u.ParentId == id).OrderBy(u => u.Code).ToListAsync(ct);
        }

        Positions = await db.Positions.AsNoTracking().Where(p => p.UnitId == id).OrderBy(p => p.Name).ToListAsync(ct);
        StaffCount = await db.StaffMembers.CountAsync(s => s.UnitId == id, ct);
        CanManage = (await authorization.AuthorizeAsync(User, Permissions.ManageOrganisation)).Succeeded;
        return Page();
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pamong.Platform.Accounts;
using Pamong.Platform.Data;
using Pamong.Platform.Web;

namespace Pamong.Platform.Organisations.Staff;

/// <summary>/organisasi/{unitId}/pegawai: the staff of a unit, searchable, a page at a time. NIPs are shown to organisation managers only.</summary>
[Authorize(Policy = Permissions.SignedIn)]
public sealed class StaffIndexModel(PamongDb db, IAuthorizationService authorization) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int? PageNumber { get; set; }

    public OrganisationUnit Unit { get; private set; } = null!;
    public Paged<StaffRow> Found { get; private set; } = null!;
    public bool CanManage { get; private set; }

    public async Task<IActionResult> OnGetAsync(int unitId, CancellationToken ct)
    {
        var unit = await db.OrganisationUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Id == unitId, ct);
        if (unit is null)
        {
            return NotFound();
        }

        Unit = unit;
        CanManage = (await authorization.AuthorizeAsync(User, Permissions.ManageOrganisation)).Succeeded;
        Found = await StaffSearch.FindAsync(db, unitId, Q, PageNumber, Paging.DefaultSize, ct);
        if (!CanManage)
        {
            Found = Found with { Items = Found.Items.Select(s => s.WithoutIdentifiers()).ToList() };
        }

        return Page();
    }
}

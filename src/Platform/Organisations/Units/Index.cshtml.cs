using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Accounts;
using Pamong.Platform.Data;
using Pamong.Platform.Web;

namespace Pamong.Platform.Organisations.Units;

/// <summary>/organisasi: the Pemda, its OPD and its kecamatan (villages one click further), or a search over all units.</summary>
[Authorize(Policy = Permissions.SignedIn)]
public sealed class IndexModel(PamongDb db, AreaOfficeSync sync, IAuthorizationService authorization, IStringLocalizer<OrganisationText> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int? PageNumber { get; set; }

    /// <summary>Search results; null when the grouped overview is shown.</summary>
    public Paged<UnitRow>? Found { get; private set; }

    public IReadOnlyList<UnitRow> Pemda { get; private set; } = [];
    public IReadOnlyList<UnitRow> Opd { get; private set; } = [];
    public IReadOnlyList<(UnitRow Office, int Villages)> Kecamatan { get; private set; } = [];

    public bool CanManage { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        CanManage = (await authorization.AuthorizeAsync(User, Permissions.ManageOrganisation)).Succeeded;
        var kind = UnitSearch.ParseKind(Kind);
        if (kind is not null || !string.IsNullOrWhiteSpace(Q))
        {
            Found = await UnitSearch.FindAsync(db, kind, Q, PageNumber, Paging.DefaultSize, ct);
            return;
        }

        var units = await db.OrganisationUnits.AsNoTracking()
            .Where(u => u.Kind == UnitKind.Pemda || u.Kind == UnitKind.Opd || u.Kind == UnitKind.Kecamatan)
            .OrderBy(u => u.Code).ToListAsync(ct);
        var villages = await db.OrganisationUnits.AsNoTracking()
            .Where(u => (u.Kind == UnitKind.Desa || u.Kind == UnitKind.Kelurahan) && u.ParentId != null)
            .GroupBy(u => u.ParentId!.Value).Select(g => new { Parent = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Parent, g => g.Count, ct);
        Pemda = units.Where(u => u.Kind == UnitKind.Pemda).Select(UnitRow.From).ToList();
        Opd = units.Where(u => u.Kind == UnitKind.Opd).Select(UnitRow.From).ToList();
        Kecamatan = units.Where(u => u.Kind == UnitKind.Kecamatan)
            .Select(u => (UnitRow.From(u), villages.GetValueOrDefault(u.Id))).ToList();
    }

    public async Task<IActionResult> OnPostSyncAsync(CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Permissions.ManageOrganisation)).Succeeded)
        {
            return Forbid();
        }

        var added = await sync.RunAsync(ct);
        Message = added == 0 ? text["SyncNothingNew"] : text["SyncAdded", added];
        return RedirectToPage();
    }
}

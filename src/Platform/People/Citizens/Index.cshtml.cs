using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pamong.Platform.Accounts;
using Pamong.Platform.Web;

namespace Pamong.Platform.People.Citizens;

/// <summary>/penduduk: residents of the officer's area with masked NIKs and no birth dates; search, village filter, paging, CSV.</summary>
[Authorize(Policy = Permissions.ReadCitizens)]
public sealed class IndexModel(CitizenSearch search, TenantVillages villages, CitizenExport export, TimeProvider clock, IAuthorizationService authorization)
    : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Village { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int? PageNumber { get; set; }

    public Paged<CitizenListRow> Found { get; private set; } = null!;
    public IReadOnlyList<VillageOption> Villages { get; private set; } = [];
    public bool CanManage { get; private set; }

    [TempData]
    public string? Message { get; set; }

    [TempData]
    public string? Warnings { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Found = await search.FindAsync(User, Q, Village, PageNumber, Paging.DefaultSize, ct);
        Villages = await villages.InAreaAsync(OfficerArea.For(User, Permissions.ReadCitizens), ct);
        CanManage = (await authorization.AuthorizeAsync(User, Permissions.ManageCitizens)).Succeeded;
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct) =>
        File(await export.WriteAsync(User, Q, Village, ct), "text/csv; charset=utf-8", CitizenExport.FileName(clock.GetUtcNow()));

    /// <summary>The export link for the current search.</summary>
    public string ExportHref() =>
        "/penduduk" + Microsoft.AspNetCore.Http.QueryString.Create(new Dictionary<string, string?> { ["handler"] = "Export", ["q"] = Q, ["village"] = Village });
}

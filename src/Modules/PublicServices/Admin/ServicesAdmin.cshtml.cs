using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pamong.Platform.Accounts;
using Pamong.Platform.Web;
using Pamong.PublicServices.Catalogue;

namespace Pamong.PublicServices.Admin;

/// <summary>/layanan/admin: every service, published or not, with links to edit its standard and workflow.</summary>
[Authorize(Policy = Permissions.ManageServices)]
public sealed class ServicesAdminModel(CatalogueSearch search) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int? PageNumber { get; set; }

    [TempData]
    public string? Message { get; set; }

    public Paged<ServiceRow> Found { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) =>
        Found = await search.FindAsync(new CatalogueQuery(Q, null, null, null, PageNumber, 50), includeUnpublished: true, ct);
}

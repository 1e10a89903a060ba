using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pamong.Platform.Web;

namespace Pamong.PublicServices.Catalogue;

/// <summary>/layanan: the public catalogue of published services; search, category, level and OPD filters, paging.</summary>
[AllowAnonymous]
public sealed class IndexModel(CatalogueSearch search) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Category { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Level { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Unit { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int? PageNumber { get; set; }

    public Paged<ServiceRow> Found { get; private set; } = null!;
    public IReadOnlyList<(string Code, string Name)> Owners { get; private set; } = [];

    public bool Filtered => !string.IsNullOrWhiteSpace(Q) || !string.IsNullOrEmpty(Category) || !string.IsNullOrEmpty(Level) || !string.IsNullOrEmpty(Unit);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Found = await search.FindAsync(new CatalogueQuery(Q, Category, Level, Unit, PageNumber, Paging.DefaultSize), includeUnpublished: false, ct);
        Owners = await search.OwnersAsync(includeUnpublished: false, ct);
    }
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pamong.Platform.Web;

namespace Pamong.Platform.Regions;

/// <summary>/wilayah: the provinces, and a search over every region by name or code.</summary>
public sealed class BrowseRegionsModel(RegionDirectory regions) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "halaman")]
    public int? PageNumber { get; set; }

    public RegionTree Tree { get; private set; } = null!;

    /// <summary>The matches, when a long enough query was given.</summary>
    public Paged<Region>? Results { get; private set; }

    public bool QueryTooShort { get; private set; }

    public void OnGet()
    {
        Tree = regions.Tree;
        if (string.IsNullOrWhiteSpace(Query))
        {
            return;
        }

        var query = new RegionQuery(Query);
        Query = query.Text;
        if (query.IsTooShort)
        {
            QueryTooShort = true;
            return;
        }

        var (page, size) = Paging.Clamp(PageNumber, Paging.DefaultSize);
        Results = RegionSearch.Find(Tree, query, level: null, page, size);
    }

    public string PageLink(int page) => $"/wilayah?q={Uri.EscapeDataString(Query ?? "")}&halaman={page}";
}

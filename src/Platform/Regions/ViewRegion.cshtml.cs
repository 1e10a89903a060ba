using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Pamong.Platform.Regions;

/// <summary>/wilayah/{code}: one region, where it lies, and the regions directly below it.</summary>
public sealed class ViewRegionModel(RegionDirectory regions) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "saring")]
    public string? Filter { get; set; }

    public string Code { get; private set; } = "";

    public RegionTree Tree { get; private set; } = null!;

    /// <summary>Null when no region has the code (the page then answers 404).</summary>
    public Region? Region { get; private set; }

    public IReadOnlyList<Region> Ancestors { get; private set; } = [];

    public IReadOnlyList<Region> AllChildren { get; private set; } = [];

    /// <summary>The children that match the filter (all of them without one).</summary>
    public IReadOnlyList<Region> Children { get; private set; } = [];

    public IActionResult OnGet(string code)
    {
        Tree = regions.Tree;
        Code = code;

        // "3510" is read as "35.10", so that a code typed without dots still finds its page.
        if (!RegionCode.IsWellFormed(code) && RegionCode.Dotted(code) is { } dotted && RegionCode.IsWellFormed(dotted))
        {
            return RedirectPermanent("/wilayah/" + dotted);
        }

        Region = RegionCode.IsWellFormed(code) ? Tree.Find(code) : null;
        if (Region is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }

        Ancestors = Tree.AncestorsOf(Region);
        AllChildren = Tree.ChildrenOf(Region.Code);
        Children = AllChildren;
        if (!string.IsNullOrWhiteSpace(Filter))
        {
            var query = new RegionQuery(Filter);
            Filter = query.Text;
            Children = [.. AllChildren.Where(query.Matches)];
        }
        else
        {
            Filter = null;
        }

        return Page();
    }
}

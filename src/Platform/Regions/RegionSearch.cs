using Pamong.Platform.Web;

namespace Pamong.Platform.Regions;

/// <summary>Finds regions in memory, ordered by level and then by code, one page at a time.</summary>
public static class RegionSearch
{
    public static Paged<Region> Find(RegionTree tree, RegionQuery query, RegionLevel? level, int page, int pageSize) =>
        Page(tree.All.Where(r => (level is null || r.Level == level) && query.Matches(r)), page, pageSize);

    /// <summary>Every region of one level, without a query.</summary>
    public static Paged<Region> List(RegionTree tree, RegionLevel level, int page, int pageSize) =>
        Page(tree.All.Where(r => r.Level == level), page, pageSize);

    private static Paged<Region> Page(IEnumerable<Region> matches, int page, int pageSize)
    {
        var skip = (long)(page - 1) * pageSize;
        var items = new List<Region>(pageSize);
        var total = 0;
        foreach (var region in matches)
        {
            if (total >= skip && items.Count < pageSize)
            {
                items.Add(region);
            }

            total++;
        }

        return new Paged<Region>(items, page, pageSize, total);
    }
}

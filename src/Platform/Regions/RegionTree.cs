namespace Pamong.Platform.Regions;

/// <summary>
/// Every region held in memory and indexed for lookups, children, parent chains and search.
/// Immutable once built; the <see cref="Region"/> objects are shared by every request and must not be changed.
/// </summary>
public sealed class RegionTree
{
    private readonly Dictionary<string, Region> _byCode;
    private readonly Dictionary<string, Region[]> _children;
    private readonly int[] _countByLevel = new int[5];

    public RegionTree(IEnumerable<Region> regions)
    {
        All = [.. regions.OrderBy(r => r.Level).ThenBy(r => r.Code, StringComparer.Ordinal)];
        _byCode = All.ToDictionary(r => r.Code, StringComparer.Ordinal);
        _children = All.Where(r => r.ParentCode is not null)
            .GroupBy(r => r.ParentCode!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        foreach (var region in All)
        {
            _countByLevel[(int)region.Level]++;
        }

        Provinces = [.. All.TakeWhile(r => r.Level == RegionLevel.Province)];
    }

    /// <summary>Every region, ordered by level and then by code.</summary>
    public IReadOnlyList<Region> All { get; }

    public IReadOnlyList<Region> Provinces { get; }

    public Region? Find(string code) => _byCode.GetValueOrDefault(code);

    /// <summary>The regions directly below <paramref name="code"/>, ordered by code (empty for a village or an unknown code).</summary>
    public IReadOnlyList<Region> ChildrenOf(string code) => _children.TryGetValue(code, out var children) ? children : [];

    /// <summary>The parents of <paramref name="region"/>, the province first; empty for a province.</summary>
    public IReadOnlyList<Region> AncestorsOf(Region region)
    {
        var chain = new List<Region>(3);
        for (var parent = region.ParentCode is null ? null : Find(region.ParentCode); parent is not null;
             parent = parent.ParentCode is null ? null : Find(parent.ParentCode))
        {
            chain.Add(parent);
        }

        chain.Reverse();
        return chain;
    }

    public int Count(RegionLevel level) => _countByLevel[(int)level];

    /// <summary>True when "PP.RR.DD" is a kecamatan in the list (used by the NIK check).</summary>
    public bool DistrictExists(string code) => Find(code)?.Level == RegionLevel.District;
}

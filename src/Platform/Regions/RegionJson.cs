namespace Pamong.Platform.Regions;

/// <summary>
/// A region as the API returns it (a published contract; keep the shape):
/// <c>{"code":"35.10","name":"Kabupaten Banyuwangi","level":"regency","parentCode":"35"}</c>.
/// </summary>
public sealed record RegionJson(string Code, string Name, string Level, string? ParentCode)
{
    public static RegionJson From(Region region) =>
        new(region.Code, region.Name, RegionLevelNames.Of(region.Level), region.ParentCode);
}

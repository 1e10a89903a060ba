namespace Pamong.Platform.Regions;

/// <summary>The level words of the API: province, regency, district, village.</summary>
public static class RegionLevelNames
{
    public static string Of(RegionLevel level) => level switch
    {
        RegionLevel.Province => "province",
        RegionLevel.Regency => "regency",
        RegionLevel.District => "district",
        RegionLevel.Village => "village",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    public static bool TryParse(string? text, out RegionLevel level)
    {
        foreach (var candidate in Enum.GetValues<RegionLevel>())
        {
            if (string.Equals(text?.Trim(), Of(candidate), StringComparison.OrdinalIgnoreCase))
            {
                level = candidate;
                return true;
            }
        }

        level = default;
        return false;
    }
}

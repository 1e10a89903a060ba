namespace Pamong.Platform.Regions;

/// <summary>UI strings of the region pages (RegionText.resx Indonesian, RegionText.en.resx English).</summary>
public sealed class RegionText;

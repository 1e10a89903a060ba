namespace Pamong.Platform.Regions;

/// <summary>
/// How regions are named to people, with the official Indonesian kind words:
/// "Desa Kemiren", "Kecamatan Glagah", and in a path "Kec. Glagah, Kab. Banyuwangi, Jawa Timur".
/// </summary>
public static class RegionNames
{
    /// <summary>The name with its kind: "Desa Kemiren", "Kelurahan Pakis", "Kecamatan Glagah", "Kabupaten Banyuwangi", "Jawa Timur".</summary>
    public static string Full(Region region) => region.Kind switch
    {
        RegionKind.Kecamatan => Prefixed("Kecamatan", region.Name),
        RegionKind.Desa => Prefixed("Desa", region.Name),
        RegionKind.Kelurahan => Prefixed("Kelurahan", region.Name),
        RegionKind.DesaAdat => Prefixed("Desa Adat", region.Name),
        _ => region.Name, // provinces as they are; regency names already say Kabupaten or Kota
    };

    /// <summary>The short form used in paths: "Kec. Glagah", "Kab. Banyuwangi", "Kel. Pakis", "Kota Surabaya".</summary>
    public static string Abbreviated(Region region) => region.Kind switch
    {
        RegionKind.Kabupaten when region.Name.StartsWith("Kabupaten ", StringComparison.Ordinal) => "Kab. " + region.Name["Kabupaten ".Length..],
        RegionKind.Kecamatan => "Kec. " + region.Name,
        RegionKind.Kelurahan => "Kel. " + region.Name,
        _ => Full(region),
    };

    /// <summary>Where a region lies, nearest parent first: "Kec. Glagah, Kab. Banyuwangi, Jawa Timur" ("" for a province).</summary>
    public static string Path(IEnumerable<Region> ancestors) => string.Join(", ", ancestors.Reverse().Select(Abbreviated));

    private static string Prefixed(string kind, string name) =>
        name.StartsWith(kind + " ", StringComparison.OrdinalIgnoreCase) ? name : kind + " " + name;
}

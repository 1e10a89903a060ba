namespace Pamong.Platform.Regions;

/// <summary>
/// A Kemendagri administrative region: province, regency/city, district (kecamatan) or village
/// (desa/kelurahan), e.g. 35 Jawa Timur › 35.10 Kabupaten Banyuwangi › 35.10.16 Banyuwangi › 35.10.16.1001 Pakis.
/// Reference data shared by every tenant.
/// </summary>
public sealed class Region
{
    /// <summary>PP, PP.RR, PP.RR.DD or PP.RR.DD.VVVV.</summary>
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public RegionLevel Level { get; set; }

    public string? ParentCode { get; set; }

    /// <summary>The name in lower case, for case-insensitive search on every engine.</summary>
    public string SearchName { get; set; } = "";

    /// <summary>A village whose code starts with 1 is a kelurahan (urban, headed by a civil servant), with 2 a desa.</summary>
    public bool IsKelurahan => Level == RegionLevel.Village && Code.Length == 13 && Code[9] == '1';

    /// <summary>A regency code 01–69 is a kabupaten, 71–99 a kota.</summary>
    public bool IsKota => Level == RegionLevel.Regency && Code.Length == 5 && Code[3] >= '7';

    /// <summary>What the region is within its level: a kabupaten or a kota, a desa, a kelurahan or a desa adat.</summary>
    public RegionKind Kind => Level switch
    {
        RegionLevel.Province => RegionKind.Provinsi,
        RegionLevel.Regency => IsKota ? RegionKind.Kota : RegionKind.Kabupaten,
        RegionLevel.District => RegionKind.Kecamatan,
        _ when IsKelurahan => RegionKind.Kelurahan,
        _ when Code.Length == 13 && Code[9] == '3' => RegionKind.DesaAdat,
        _ => RegionKind.Desa,
    };
}

public enum RegionLevel
{
    Province = 1,
    Regency = 2,
    District = 3,
    Village = 4,
}

namespace Pamong.Platform.Regions;

/// <summary>
/// The official kind of a region (the Indonesian terms are kept): a regency is a kabupaten (code 01–69)
/// or a kota (71–99); a village is a kelurahan (code 1xxx), a desa (2xxx) or a desa adat (3xxx, customary
/// villages in Papua).
/// </summary>
public enum RegionKind
{
    Provinsi,
    Kabupaten,
    Kota,
    Kecamatan,
    Desa,
    Kelurahan,
    DesaAdat,
}

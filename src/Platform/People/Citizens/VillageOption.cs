namespace Pamong.Platform.People.Citizens;

/// <summary>A desa or kelurahan as forms and lists name it, with its kecamatan.</summary>
public sealed record VillageOption(string Code, string Name, bool IsKelurahan, string KecamatanCode, string KecamatanName)
{
    /// <summary>"Desa Kemiren" or "Kelurahan Pakis".</summary>
    public string Label => (IsKelurahan ? "Kelurahan " : "Desa ") + Name;
}

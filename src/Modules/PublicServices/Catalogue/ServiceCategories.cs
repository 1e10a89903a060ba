namespace Pamong.PublicServices.Catalogue;

/// <summary>The category keys of the catalogue (stored on <see cref="Service.Category"/>).</summary>
public static class ServiceCategories
{
    public const string Kependudukan = "kependudukan";
    public const string Sosial = "sosial";
    public const string Kesehatan = "kesehatan";
    public const string Pendidikan = "pendidikan";
    public const string Perizinan = "perizinan";
    public const string Ekonomi = "ekonomi";
    public const string Umum = "umum";

    public static readonly IReadOnlyList<string> All = [Kependudukan, Sosial, Kesehatan, Pendidikan, Perizinan, Ekonomi, Umum];
}

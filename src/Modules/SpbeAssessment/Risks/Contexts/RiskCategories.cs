namespace Pamong.SpbeAssessment.Risks.Contexts;

/// <summary>
/// The SPBE risk categories of PermenPANRB 5/2020, offered when a context is set up. A Pemda picks the
/// ones it uses and may add its own; the names are stored as text in the context.
/// </summary>
public static class RiskCategories
{
    public static readonly IReadOnlyList<string> Default =
    [
        "Rencana Induk SPBE Nasional",
        "Arsitektur SPBE",
        "Peta Rencana SPBE",
        "Proses Bisnis",
        "Rencana dan Anggaran",
        "Inovasi",
        "Kepatuhan terhadap Peraturan",
        "Pengadaan Barang dan Jasa",
        "Proyek Pembangunan/Pengembangan Sistem",
        "Data dan Informasi",
        "Infrastruktur SPBE",
        "Aplikasi SPBE",
        "Keamanan SPBE",
        "Sumber Daya Manusia SPBE",
        "Bencana Alam",
    ];

    /// <summary>The appetite a new context proposes for every category: risks from "Sedang" (11) up are treated.</summary>
    public const int DefaultAppetite = 11;
}

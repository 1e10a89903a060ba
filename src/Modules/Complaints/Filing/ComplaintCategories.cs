namespace Pamong.Complaints.Filing;

/// <summary>The categories a complaint is filed under (keys; the names are in ComplaintText "Category_{key}").</summary>
public static class ComplaintCategories
{
    public static readonly IReadOnlyList<string> All =
    [
        "pelayanan", "kependudukan", "sosial", "kesehatan", "pendidikan", "perizinan", "infrastruktur", "lingkungan", "pungli", "lainnya",
    ];

    public static bool IsKnown(string? key) => key is not null && All.Contains(key);
}

namespace Pamong.Platform.People.Citizens;

/// <summary>The relationships to the head of the family printed on a KK (status hubungan dalam keluarga).</summary>
public static class FamilyRelationships
{
    public const string Head = "Kepala Keluarga";

    public static readonly IReadOnlyList<string> All =
    [
        Head, "Suami", "Istri", "Anak", "Menantu", "Cucu", "Orang Tua", "Mertua", "Famili Lain", "Pembantu", "Lainnya",
    ];

    /// <summary>The official spelling for <paramref name="text"/> (any case), or null when it is not one of them.</summary>
    public static string? Find(string? text) =>
        All.FirstOrDefault(r => string.Equals(r, text?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The order on the card: the head first, unknown relationships last.</summary>
    public static int Rank(string relationship)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (All[i] == relationship)
            {
                return i;
            }
        }

        return All.Count;
    }
}

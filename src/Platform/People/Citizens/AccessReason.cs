namespace Pamong.Platform.People.Citizens;

/// <summary>The reason an officer gives before reading a resident's full record (UU 27/2022: who read what, and why).</summary>
public static class AccessReason
{
    public const int MinLength = 5;
    public const int MaxLength = 300;

    /// <summary>The API header carrying the reason.</summary>
    public const string Header = "X-Access-Reason";

    /// <summary>Common reasons offered as suggestions; any other reason may be typed.</summary>
    public static readonly IReadOnlyList<string> Suggestions =
    [
        "Verifikasi permohonan layanan",
        "Pemutakhiran data kependudukan",
        "Verifikasi calon penerima bantuan sosial",
        "Permintaan akses data oleh pemilik data",
        "Pemeriksaan oleh Inspektorat",
    ];

    /// <summary>The trimmed reason, or null when it is missing, too short or too long.</summary>
    public static string? Clean(string? reason)
    {
        var text = reason?.Trim() ?? "";
        return text.Length is >= MinLength and <= MaxLength ? text : null;
    }
}

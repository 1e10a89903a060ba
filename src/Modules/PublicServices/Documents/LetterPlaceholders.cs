using System.Globalization;
using System.Text.RegularExpressions;

namespace Pamong.PublicServices.Documents;

/// <summary>
/// Fills "{name}" placeholders in a template text: keys are case-insensitive; a placeholder with no value becomes
/// "-" (so that a letter never shows braces); "{{" and "}}" stay literal braces.
/// </summary>
public static partial class LetterPlaceholders
{
    /// <summary>The placeholders every result document knows, besides the application's answers by field key.</summary>
    public static readonly IReadOnlyList<string> Known =
        ["nama", "nik", "alamat", "desa", "kecamatan", "kabupaten", "layanan", "nomor_permohonan", "tanggal", "unit", "nomor"];

    public static string Fill(string template, IReadOnlyDictionary<string, string> values)
    {
        var lookup = new Dictionary<string, string>(values, StringComparer.OrdinalIgnoreCase);
        return Placeholder().Replace(template, m => m.Value switch
        {
            "{{" => "{",
            "}}" => "}",
            _ => lookup.TryGetValue(m.Groups[1].Value, out var value) && !string.IsNullOrWhiteSpace(value) ? value : "-",
        });
    }

    /// <summary>
    /// A document number from its pattern: {seq} (the sequence, at least 3 digits), {year}, {month} (1-12),
    /// {bulan} (the month in Roman numerals, as letters often write it) and {unit} (the issuing unit's code).
    /// </summary>
    public static string Number(string pattern, int sequence, DateOnly date, string unitCode) => Fill(pattern, new Dictionary<string, string>
    {
        ["seq"] = sequence.ToString("000", CultureInfo.InvariantCulture),
        ["year"] = date.Year.ToString(CultureInfo.InvariantCulture),
        ["month"] = date.Month.ToString(CultureInfo.InvariantCulture),
        ["bulan"] = Roman[date.Month - 1],
        ["unit"] = unitCode,
    });

    /// <summary>The placeholder names a text uses, for validation.</summary>
    public static IEnumerable<string> NamesIn(string template) =>
        Placeholder().Matches(template).Where(m => m.Groups[1].Success).Select(m => m.Groups[1].Value);

    private static readonly string[] Roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

    [GeneratedRegex(@"\{\{|\}\}|\{([A-Za-z0-9_]{1,60})\}")]
    private static partial Regex Placeholder();
}

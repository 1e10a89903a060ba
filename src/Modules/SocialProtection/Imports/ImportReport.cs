using System.Text;

namespace Pamong.SocialProtection.Imports;

/// <summary>
/// The downloadable report of an import: one CSV line per problem (row, KK, NIK, error or warning, a stable code,
/// the reason in Indonesian). The row numbers of errors are read back to skip those rows when writing.
/// </summary>
public sealed class ImportReport
{
    public const string Header = "baris,no_kk,nik,jenis,kode,alasan";
    public const string Error = "galat";
    public const string Warning = "peringatan";

    private readonly StringBuilder _text = new(Header + "\n");

    public void Add(int row, string? kk, string? nik, string kind, string code, string reason)
    {
        _text.Append(row).Append(',').Append(Quote(Flat(kk))).Append(',').Append(Quote(Flat(nik))).Append(',').Append(kind).Append(',')
            .Append(code).Append(',').Append(Quote(reason)).Append('\n');
    }

    public override string ToString() => _text.ToString();

    /// <summary>Rows with an error, with the code of their first error, from a report's text.</summary>
    public static Dictionary<int, string> ErrorRows(string? report)
    {
        var rows = new Dictionary<int, string>();
        foreach (var line in (report ?? "").Split('\n').Skip(1))
        {
            var parts = line.Split(',', 6);
            if (parts.Length >= 5 && parts[3] == Error && int.TryParse(parts[0], System.Globalization.CultureInfo.InvariantCulture, out var row))
            {
                rows.TryAdd(row, parts[4]);
            }
        }

        return rows;
    }

    /// <summary>Identifiers go in plain (no commas, quotes or line breaks), so the row and kind columns can be read back.</summary>
    private static string Flat(string? value) =>
        new((value ?? "").Select(c => c is ',' or '"' or '\n' or '\r' ? ' ' : c).Take(40).ToArray());

    /// <summary>Quotes a field; a leading =, +, - or @ is prefixed with ' so that spreadsheets do not run it as a formula.</summary>
    public static string Quote(string? value)
    {
        var v = value ?? "";
        if (v.Length > 0 && v[0] is '=' or '+' or '-' or '@')
        {
            v = "'" + v;
        }

        return v.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + v.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : v;
    }
}

using System.Text;

namespace Pamong.Platform.Web;

/// <summary>Writes rows as CSV that Excel opens with the right characters (UTF-8 with BOM, RFC 4180 quoting).</summary>
public static class CsvExport
{
    public static byte[] Write(IEnumerable<string> header, IEnumerable<IEnumerable<string?>> rows)
    {
        var text = new StringBuilder();
        text.AppendJoin(',', header.Select(Quote)).Append("\r\n");
        foreach (var row in rows)
        {
            text.AppendJoin(',', row.Select(Quote)).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static string Quote(string? value)
    {
        value ??= "";
        // A leading =, +, - or @ would be run as a formula by spreadsheet programs.
        if (value.Length > 0 && "=+-@".Contains(value[0], StringComparison.Ordinal))
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}

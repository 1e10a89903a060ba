using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Pamong.Tests.Web;

/// <summary>Checks a PDF's structure the way a reader finds its objects, and extracts its text with poppler when installed.</summary>
public static partial class PdfInspection
{
    public static string Raw(byte[] pdf) => Encoding.Latin1.GetString(pdf);

    /// <summary>Header, trailer, every cross-reference offset pointing at its object, and stream lengths that match.</summary>
    public static void AssertWellFormed(byte[] pdf)
    {
        var raw = Raw(pdf);
        Assert.StartsWith("%PDF-1.4", raw, StringComparison.Ordinal);
        Assert.EndsWith("%%EOF", raw.TrimEnd(), StringComparison.Ordinal);

        var startxref = long.Parse(StartXref().Matches(raw)[^1].Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.StartsWith("xref\n0 ", raw[(int)startxref..], StringComparison.Ordinal);
        var header = XrefHeader().Match(raw, (int)startxref);
        var count = int.Parse(header.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var entries = raw.Substring(header.Index + header.Length, count * 20);
        Assert.StartsWith("0000000000 65535 f ", entries, StringComparison.Ordinal);
        for (var n = 1; n < count; n++)
        {
            var entry = entries.Substring(n * 20, 20);
            Assert.EndsWith(" 00000 n \n", entry, StringComparison.Ordinal);
            var offset = int.Parse(entry[..10], System.Globalization.CultureInfo.InvariantCulture);
            Assert.StartsWith($"{n} 0 obj", raw[offset..], StringComparison.Ordinal);
        }

        Assert.Contains($"/Size {count}", raw[(int)startxref..], StringComparison.Ordinal);
        foreach (Match stream in Stream().Matches(raw))
        {
            var length = int.Parse(stream.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            var start = stream.Index + stream.Length;
            Assert.Equal("\nendstream", raw.Substring(start + length, 10));
        }
    }

    /// <summary>The content streams joined (they are not compressed).</summary>
    public static string Content(byte[] pdf) => string.Join("\n", Stream().Matches(Raw(pdf)).Select(m =>
        Raw(pdf).Substring(m.Index + m.Length, int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))));

    /// <summary>The strings the content streams show (each "(...) Tj" literal, unescaped), joined by spaces: wrapped lines read as one text.</summary>
    public static string ShownText(byte[] pdf) =>
        string.Join(" ", Shown().Matches(Content(pdf)).Select(m => Unescape().Replace(m.Groups[1].Value, e => e.Value[1..])));

    public static string? PopplerUnavailable => File.Exists("/usr/bin/pdftotext") ? null : "poppler-utils is not installed (apt-get install poppler-utils).";

    /// <summary>The text poppler's pdftotext extracts (UTF-8), the way a reader copying from the PDF sees it.</summary>
    public static string PdfToText(byte[] pdf)
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(file, pdf);
            using var process = Process.Start(new ProcessStartInfo("/usr/bin/pdftotext", ["-enc", "UTF-8", file, "-"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
            var text = process.StandardOutput.ReadToEnd();
            var errors = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0 && errors.Length == 0, "pdftotext: " + errors);
            return text;
        }
        finally
        {
            File.Delete(file);
        }
    }

    [GeneratedRegex(@"\(((?:[^()\\]|\\.)*)\) Tj")]
    private static partial Regex Shown();

    [GeneratedRegex(@"\\[()\\]")]
    private static partial Regex Unescape();

    [GeneratedRegex(@"startxref\n(\d+)\n")]
    private static partial Regex StartXref();

    [GeneratedRegex(@"xref\n0 (\d+)\n")]
    private static partial Regex XrefHeader();

    [GeneratedRegex(@"<< /Length (\d+) >>\nstream\n")]
    private static partial Regex Stream();
}

using System.Text.RegularExpressions;
using Pamong.Platform.Web.Export;

namespace Pamong.Tests.Web;

public sealed partial class PdfWriterTests
{
    private const string Footer = "Pemerintah Kabupaten Banyuwangi · dicetak 23 November 2026";

    private static PdfWriter Report()
    {
        var pdf = new PdfWriter { Footer = Footer };
        pdf.Title("Formulir 3.0 Penilaian Risiko SPBE");
        pdf.Heading("Konteks");
        pdf.Paragraph("Risiko dinilai menurut PermenPANRB Nomor 5 Tahun 2020 tentang Pedoman Manajemen Risiko SPBE.");
        pdf.KeyValues([("Tahun", "2026"), ("Ruang lingkup", "Pemerintah Kabupaten Banyuwangi, seluruh perangkat daerah")]);
        return pdf;
    }

    [Fact]
    public void The_file_has_a_header_an_eof_and_a_cross_reference_table_that_points_at_every_object()
    {
        var bytes = Report().ToBytes();
        PdfInspection.AssertWellFormed(bytes);
        var raw = PdfInspection.Raw(bytes);
        Assert.Contains("/BaseFont /Helvetica /Encoding /WinAnsiEncoding", raw, StringComparison.Ordinal);
        Assert.Contains("/BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding", raw, StringComparison.Ordinal);
        Assert.Contains("/MediaBox [0 0 595.28 841.89]", raw, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_lands_in_the_content_stream_with_the_footer_and_page_numbers()
    {
        var content = PdfInspection.Content(Report().ToBytes());
        Assert.Contains("(Formulir 3.0 Penilaian Risiko SPBE) Tj", content, StringComparison.Ordinal);
        Assert.Contains("(Pemerintah Kabupaten Banyuwangi \\267 dicetak 23 November 2026) Tj", content, StringComparison.Ordinal);
        Assert.Contains("(Halaman 1 dari 1) Tj", content, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_table_breaks_across_pages_and_repeats_its_header()
    {
        var pdf = new PdfWriter(landscape: true);
        pdf.Title("Register");
        var rows = Enumerable.Range(1, 80).Select(i => (IReadOnlyList<PdfCell>)[i.ToString(System.Globalization.CultureInfo.InvariantCulture), $"Risiko nomor {i} dengan uraian yang cukup panjang untuk dibungkus ke baris berikutnya di kolom ini"]);
        pdf.Table([new PdfColumn("No", 1, PdfAlign.Right), new PdfColumn("Uraian Risiko", 3)], rows);
        var bytes = pdf.ToBytes();
        PdfInspection.AssertWellFormed(bytes);

        Assert.True(pdf.PageCount == 0); // the writer is spent after ToBytes
        var pages = Regex.Count(PdfInspection.Raw(bytes), "/Type /Page /Parent");
        Assert.True(pages >= 3, $"{pages} pages");
        var content = PdfInspection.Content(bytes);
        Assert.Equal(pages, Regex.Count(content, @"\(Uraian Risiko\) Tj"));
        Assert.Contains($"(Halaman {pages} dari {pages}) Tj", content, StringComparison.Ordinal);
        Assert.Contains("(80) Tj", content, StringComparison.Ordinal);
    }

    [Fact]
    public void Wrapping_uses_the_helvetica_widths()
    {
        // "Risiko" in 10 pt Helvetica: R 722 + i 222 + s 500 + i 222 + k 500 + o 556 = 2722 → 27.22 pt; bold is wider.
        Assert.Equal(27.22, FontMetrics.Width("Risiko", 10), 3);
        Assert.Equal(30.01, FontMetrics.Width("Risiko", 10, bold: true), 3); // 722 + 278 + 556 + 278 + 556 + 611
        Assert.Equal(["aaa aaa", "aaa"], TextWrap.Lines("aaa aaa aaa", FontMetrics.Width("aaa aaa", 10), 10));
        Assert.Equal(["Pusat", "data"], TextWrap.Lines("Pusat data", FontMetrics.Width("Pusat data", 10) - 0.01, 10));
        var cut = TextWrap.Lines("satu dua tiga empat lima enam", 40, 10, bold: false, maxLines: 2);
        Assert.Equal(2, cut.Count);
        Assert.EndsWith("…", cut[1], StringComparison.Ordinal);
        // A word wider than the line is broken inside.
        Assert.All(TextWrap.Lines("Kependudukandanpencatatansipil", 50, 10), l => Assert.True(FontMetrics.Width(l, 10) <= 50));
    }

    [Fact]
    public void Characters_outside_winansi_become_question_marks_and_look_alikes_their_plain_form()
    {
        Assert.Equal("Kemiren <= 5 - 3 · “Tanggap” ? ?", WinAnsi.Clean("Kemiren ≤ 5 − 3 · “Tanggap” 😀 ★"));
        Assert.Equal("é", WinAnsi.Clean("e\u0301"));
        Assert.Equal([0x93, 0x80, 0xE9], WinAnsi.Encode("“€é"));
        var content = PdfInspection.Content(Write(pdf => pdf.Paragraph("Rp 5 juta (€) \\ ✓ ≥ 1")));
        Assert.Contains("(Rp 5 juta \\(\\200\\) \\\\ ? >= 1) Tj", content, StringComparison.Ordinal);
    }

    [Fact]
    public void Drawing_primitives_write_paths_colours_and_transparency()
    {
        var bytes = Write(pdf =>
        {
            var canvas = pdf.Canvas(100);
            canvas.Line(0, 0, 100, 0, RgbColor.Hex("#ff0000"), 2, dashed: true);
            canvas.Rect(10, 10, 50, 20, RgbColor.Hex("#0b5d3b"), RgbColor.Black);
            canvas.Polygon([(0, 0), (50, 50), (0, 50)], RgbColor.Hex("#1a56db"), RgbColor.Hex("#1a56db"), 1, fillOpacity: 0.25);
        });
        PdfInspection.AssertWellFormed(bytes);
        var content = PdfInspection.Content(bytes);
        Assert.Contains("1 0 0 RG 2 w [3 2] 0 d 48 793.89 m 148 793.89 l S", content, StringComparison.Ordinal);
        Assert.Contains("0.04 0.36 0.23 rg 0 0 0 RG 1 w 58 763.89 50 20 re B", content, StringComparison.Ordinal);
        Assert.Contains("/GA25 gs", content, StringComparison.Ordinal);
        Assert.Contains("/GA25 << /Type /ExtGState /ca 0.25 >>", PdfInspection.Raw(bytes), StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Poppler_extracts_the_indonesian_text()
    {
        Skip.If(PdfInspection.PopplerUnavailable is not null, PdfInspection.PopplerUnavailable);
        var pdf = Report();
        pdf.Table([new("No"), new("Risiko"), new("Tingkat")], [["1", "Gangguan pusat data Pemda — listrik padam > 4 jam", "Sangat Tinggi"]]);
        var text = PdfInspection.PdfToText(pdf.ToBytes());
        Assert.Contains("Formulir 3.0 Penilaian Risiko SPBE", text, StringComparison.Ordinal);
        Assert.Contains("seluruh perangkat daerah", text, StringComparison.Ordinal);
        Assert.Contains("Gangguan pusat data Pemda — listrik padam > 4 jam", Squash(text), StringComparison.Ordinal);
        Assert.Contains(Footer, text, StringComparison.Ordinal);
        Assert.Contains("Halaman 1 dari 1", text, StringComparison.Ordinal);
    }

    private static byte[] Write(Action<PdfWriter> write)
    {
        var pdf = new PdfWriter();
        write(pdf);
        return pdf.ToBytes();
    }

    private static string Squash(string text) => Whitespace().Replace(text, " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

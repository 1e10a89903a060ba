using System.IO.Compression;
using System.Xml.Linq;
using Pamong.Platform.Web.Export;

namespace Pamong.Tests.Web;

public sealed class XlsxWriterTests
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private static ZipArchive Open(XlsxWriter book) => new(new MemoryStream(book.ToBytes()), ZipArchiveMode.Read);

    private static XDocument Part(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        return XDocument.Load(stream);
    }

    /// <summary>The sheet's cells as (reference, text-or-number, style) read back from its XML.</summary>
    private static Dictionary<string, (string Value, string? Type, int Style)> Cells(XDocument sheet) =>
        sheet.Descendants(Main + "c").ToDictionary(
            c => (string)c.Attribute("r")!,
            c => (c.Element(Main + "v")?.Value ?? string.Concat(c.Descendants(Main + "t").Select(t => t.Value)), (string?)c.Attribute("t"), (int)c.Attribute("s")!));

    [Fact]
    public void The_workbook_is_a_zip_with_the_office_open_xml_parts()
    {
        var book = new XlsxWriter();
        book.AddSheet("Register").Header("No", "Risiko").Row(1, "Pusat data padam");
        book.AddSheet("Penanganan").Row("x");
        using var zip = Open(book);
        var names = zip.Entries.Select(e => e.FullName).ToHashSet();
        Assert.Superset(new HashSet<string>
        {
            "[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml",
            "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml",
        }, names);

        var types = Part(zip, "[Content_Types].xml").ToString();
        Assert.Contains("/xl/worksheets/sheet2.xml", types, StringComparison.Ordinal);
        var sheets = Part(zip, "xl/workbook.xml").Descendants(Main + "sheet").Select(s => (string)s.Attribute("name")!).ToList();
        Assert.Equal(["Register", "Penanganan"], sheets);
        var styles = Part(zip, "xl/styles.xml");
        Assert.Contains(styles.Descendants(Main + "numFmt"), f => (string)f.Attribute("formatCode")! == "#,##0.00");
        Assert.NotEmpty(styles.Descendants(Main + "b"));
    }

    [Fact]
    public void Cell_values_round_trip_through_the_sheet_xml_with_their_types()
    {
        var book = new XlsxWriter();
        book.AddSheet("Data").Title("Formulir 3.0").Header("No", "Uraian", "Besaran", "Nilai", "Tanggal")
            .Row(1, "Pusat data padam — \"listrik\" & <UPS>", 14, 3.27m, new DateOnly(2026, 11, 23))
            .Row(2L, "Kemiren, Glagah", null, 0.5, null);
        using var zip = Open(book);
        var cells = Cells(Part(zip, "xl/worksheets/sheet1.xml"));

        Assert.Equal(("Formulir 3.0", "inlineStr"), (cells["A1"].Value, cells["A1"].Type));
        Assert.Equal("Uraian", cells["B2"].Value);
        Assert.Equal(("1", null), (cells["A3"].Value, cells["A3"].Type));
        Assert.Equal("Pusat data padam — \"listrik\" & <UPS>", cells["B3"].Value);
        Assert.Equal("14", cells["C3"].Value);
        Assert.Equal("3.27", cells["D3"].Value);
        Assert.Equal("46349", cells["E3"].Value); // Excel's serial number of 23 November 2026
        Assert.Equal("0.5", cells["D4"].Value);
        Assert.False(cells.ContainsKey("C4"));
        Assert.NotEqual(cells["B2"].Style, cells["B3"].Style); // the header is styled apart from data
    }

    [Fact]
    public void A_value_that_looks_like_a_formula_is_written_as_text()
    {
        var book = new XlsxWriter();
        book.AddSheet("Data").Row("=HYPERLINK(\"http://evil\",\"klik\")", "+1", "@SUM(A1)");
        using var zip = Open(book);
        var sheet = Part(zip, "xl/worksheets/sheet1.xml");
        Assert.Empty(sheet.Descendants(Main + "f"));
        var cells = Cells(sheet);
        Assert.Equal(("=HYPERLINK(\"http://evil\",\"klik\")", "inlineStr"), (cells["A1"].Value, cells["A1"].Type));
        Assert.Equal("inlineStr", cells["C1"].Type);
    }

    [Fact]
    public void The_header_row_is_frozen_and_columns_get_their_widths()
    {
        var book = new XlsxWriter();
        book.AddSheet("Data").Columns(6, 40.5).Title("Judul").Header("No", "Risiko").Row(1, "a").Note("Tabel kedua").Header("Kode", "Nama");
        using var zip = Open(book);
        var sheet = Part(zip, "xl/worksheets/sheet1.xml");
        var pane = sheet.Descendants(Main + "pane").Single();
        Assert.Equal(("2", "A3", "frozen"), ((string)pane.Attribute("ySplit")!, (string)pane.Attribute("topLeftCell")!, (string)pane.Attribute("state")!));
        Assert.Equal(["6", "40.5"], sheet.Descendants(Main + "col").Select(c => (string)c.Attribute("width")!));
        Assert.Contains("'Data'!$2:$2", Part(zip, "xl/workbook.xml").ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Sheet_names_are_made_valid_and_unique()
    {
        var book = new XlsxWriter();
        Assert.Equal("Risiko 2026 2027", book.AddSheet("Risiko 2026/2027").Name);
        Assert.Equal("Risiko 2026 2027 (2)", book.AddSheet("Risiko 2026:2027").Name);
        Assert.Equal(31, book.AddSheet(new string('x', 40)).Name.Length);
    }

    [Fact]
    public void Control_characters_are_dropped_and_unsupported_cell_types_refused()
    {
        var book = new XlsxWriter();
        book.AddSheet("Data").Row("a\u0001b", "c\uD800d", "Kemiren 😀");
        using var zip = Open(book);
        var cells = Cells(Part(zip, "xl/worksheets/sheet1.xml"));
        Assert.Equal(("ab", "cd", "Kemiren 😀"), (cells["A1"].Value, cells["B1"].Value, cells["C1"].Value));
        Assert.Throws<ArgumentException>(() => new XlsxWriter().AddSheet("x").Row(true));
    }

    [Fact]
    public void Column_names_continue_after_z() =>
        Assert.Equal(["A", "Z", "AA", "AZ", "BA", "ZZ", "AAA"], new[] { 1, 26, 27, 52, 53, 702, 703 }.Select(XlsxWriter.ColumnName));
}

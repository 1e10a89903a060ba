using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace Pamong.Platform.Web.Export;

/// <summary>
/// Writes a real .xlsx workbook (Office Open XML, as Excel and LibreOffice expect it) with nothing but
/// System.IO.Compression: the content types, relationships, workbook, a style sheet (bold header, wrapped
/// text, number and date formats) and one part per sheet with inline strings.
/// <code>
/// var book = new XlsxWriter();
/// book.AddSheet("Register").Columns(6, 40, 12).Header("No", "Risiko", "Besaran").Row(1, "Pusat data padam", 14);
/// return File(book.ToBytes(), XlsxWriter.ContentType, "register.xlsx");
/// </code>
/// </summary>
public sealed class XlsxWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    // Style indexes into cellXfs of the style sheet below.
    private const int TextStyle = 1;
    private const int HeaderStyle = 2;
    private const int IntegerStyle = 3;
    private const int DecimalStyle = 4;
    private const int DateStyle = 5;
    private const int TitleStyle = 6;
    private const int NoteStyle = 0;

    private const string Styles = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
        <numFmts count="2"><numFmt numFmtId="164" formatCode="#,##0.00"/><numFmt numFmtId="165" formatCode="dd/mm/yyyy"/></numFmts>
        <fonts count="3"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="14"/><name val="Calibri"/><family val="2"/></font></fonts>
        <fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFE3EBE7"/><bgColor indexed="64"/></patternFill></fill></fills>
        <borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left/><right/><top/><bottom style="thin"><color rgb="FF9AA8A1"/></bottom><diagonal/></border></borders>
        <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
        <cellXfs count="7">
        <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
        <xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>
        <xf numFmtId="49" fontId="1" fillId="2" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>
        <xf numFmtId="1" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top"/></xf>
        <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top"/></xf>
        <xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top"/></xf>
        <xf numFmtId="49" fontId="2" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/>
        </cellXfs>
        <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
        </styleSheet>
        """;

    private const string MainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private static readonly DateTimeOffset Stamp = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly List<XlsxSheet> _sheets = [];

    /// <summary>Adds a sheet; the name is cut to Excel's 31 characters, characters Excel forbids become spaces, and duplicates are numbered.</summary>
    public XlsxSheet AddSheet(string name)
    {
        var clean = new string(name.Select(c => "[]:*?/\\".Contains(c, StringComparison.Ordinal) || char.IsControl(c) ? ' ' : c).ToArray()).Trim().Trim('\'');
        clean = clean.Length == 0 ? "Sheet" : clean;
        var unique = clean[..Math.Min(31, clean.Length)];
        for (var n = 2; _sheets.Any(s => string.Equals(s.Name, unique, StringComparison.OrdinalIgnoreCase)); n++)
        {
            var suffix = " (" + n.ToString(CultureInfo.InvariantCulture) + ")";
            unique = clean[..Math.Min(31 - suffix.Length, clean.Length)] + suffix;
        }

        var sheet = new XlsxSheet(unique);
        _sheets.Add(sheet);
        return sheet;
    }

    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        WriteTo(stream);
        return stream.ToArray();
    }

    public void WriteTo(Stream stream)
    {
        if (_sheets.Count == 0)
        {
            AddSheet("Sheet");
        }

        using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        Part(zip, "[Content_Types].xml", ContentTypes());
        Part(zip, "_rels/.rels", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>
            """);
        Part(zip, "xl/workbook.xml", Workbook());
        Part(zip, "xl/_rels/workbook.xml.rels", WorkbookRelationships());
        Part(zip, "xl/styles.xml", Styles);
        for (var i = 0; i < _sheets.Count; i++)
        {
            Part(zip, $"xl/worksheets/sheet{i + 1}.xml", Sheet(_sheets[i]));
        }
    }

    /// <summary>"A", "B", … "Z", "AA", … for a 1-based column number.</summary>
    public static string ColumnName(int column)
    {
        var name = "";
        for (; column > 0; column = (column - 1) / 26)
        {
            name = (char)('A' + ((column - 1) % 26)) + name;
        }

        return name;
    }

    private string ContentTypes()
    {
        var text = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">""");
        text.Append("""<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>""");
        text.Append("""<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>""");
        text.Append("""<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>""");
        for (var i = 1; i <= _sheets.Count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"""<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>""");
        }

        return text.Append("</Types>").ToString();
    }

    private string Workbook() => Xml(w =>
    {
        w.WriteStartElement("workbook", MainNs);
        w.WriteAttributeString("xmlns", "r", null, RelNs);
        w.WriteStartElement("sheets", MainNs);
        for (var i = 0; i < _sheets.Count; i++)
        {
            w.WriteStartElement("sheet", MainNs);
            w.WriteAttributeString("name", _sheets[i].Name);
            w.WriteAttributeString("sheetId", Invariant(i + 1));
            w.WriteAttributeString("id", RelNs, "rId" + Invariant(i + 1));
            w.WriteEndElement();
        }

        w.WriteEndElement();
        var printed = _sheets.Select((s, i) => (Sheet: s, Index: i)).Where(x => x.Sheet.HeaderRow > 0).ToList();
        if (printed.Count > 0)
        {
            // The header row repeats on every printed page.
            w.WriteStartElement("definedNames", MainNs);
            foreach (var (sheet, index) in printed)
            {
                w.WriteStartElement("definedName", MainNs);
                w.WriteAttributeString("name", "_xlnm.Print_Titles");
                w.WriteAttributeString("localSheetId", Invariant(index));
                var row = Invariant(sheet.HeaderRow);
                w.WriteString($"'{sheet.Name.Replace("'", "''", StringComparison.Ordinal)}'!${row}:${row}");
                w.WriteEndElement();
            }

            w.WriteEndElement();
        }

        w.WriteEndElement();
    });

    private string WorkbookRelationships()
    {
        var text = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">""");
        for (var i = 1; i <= _sheets.Count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"""<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i}.xml"/>""");
        }

        var styles = _sheets.Count + 1;
        text.Append(CultureInfo.InvariantCulture, $"""<Relationship Id="rId{styles}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>""");
        return text.Append("</Relationships>").ToString();
    }

    private static string Sheet(XlsxSheet sheet) => Xml(w =>
    {
        w.WriteStartElement("worksheet", MainNs);
        w.WriteStartElement("sheetViews", MainNs);
        w.WriteStartElement("sheetView", MainNs);
        w.WriteAttributeString("workbookViewId", "0");
        if (sheet.HeaderRow > 0)
        {
            w.WriteStartElement("pane", MainNs);
            w.WriteAttributeString("ySplit", Invariant(sheet.HeaderRow));
            w.WriteAttributeString("topLeftCell", "A" + Invariant(sheet.HeaderRow + 1));
            w.WriteAttributeString("activePane", "bottomLeft");
            w.WriteAttributeString("state", "frozen");
            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteEndElement();
        if (sheet.Widths.Count > 0)
        {
            w.WriteStartElement("cols", MainNs);
            for (var i = 0; i < sheet.Widths.Count; i++)
            {
                w.WriteStartElement("col", MainNs);
                w.WriteAttributeString("min", Invariant(i + 1));
                w.WriteAttributeString("max", Invariant(i + 1));
                w.WriteAttributeString("width", sheet.Widths[i].ToString("0.##", CultureInfo.InvariantCulture));
                w.WriteAttributeString("customWidth", "1");
                w.WriteEndElement();
            }

            w.WriteEndElement();
        }

        w.WriteStartElement("sheetData", MainNs);
        for (var r = 0; r < sheet.Rows.Count; r++)
        {
            var (kind, cells) = sheet.Rows[r];
            w.WriteStartElement("row", MainNs);
            w.WriteAttributeString("r", Invariant(r + 1));
            for (var c = 0; c < cells.Length; c++)
            {
                Cell(w, ColumnName(c + 1) + Invariant(r + 1), cells[c], kind);
            }

            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteStartElement("pageMargins", MainNs);
        foreach (var (side, inches) in new[] { ("left", "0.5"), ("right", "0.5"), ("top", "0.6"), ("bottom", "0.6"), ("header", "0.3"), ("footer", "0.3") })
        {
            w.WriteAttributeString(side, inches);
        }

        w.WriteEndElement();
        w.WriteStartElement("pageSetup", MainNs);
        w.WriteAttributeString("paperSize", "9"); // A4
        w.WriteAttributeString("orientation", sheet.Landscape ? "landscape" : "portrait");
        w.WriteEndElement();
        w.WriteEndElement();
    });

    private static void Cell(XmlWriter w, string reference, object? value, XlsxRowKind kind)
    {
        if (value is null)
        {
            return;
        }

        w.WriteStartElement("c", MainNs);
        w.WriteAttributeString("r", reference);
        var (style, number) = value switch
        {
            int or long => (IntegerStyle, Convert.ToString(value, CultureInfo.InvariantCulture)),
            decimal d => (DecimalStyle, d.ToString(CultureInfo.InvariantCulture)),
            double d => (DecimalStyle, d.ToString("R", CultureInfo.InvariantCulture)),
            DateOnly date => (DateStyle, Invariant(date.DayNumber - new DateOnly(1899, 12, 30).DayNumber)),
            _ => (kind switch { XlsxRowKind.Header => HeaderStyle, XlsxRowKind.Title => TitleStyle, XlsxRowKind.Note => NoteStyle, _ => TextStyle }, null),
        };
        w.WriteAttributeString("s", Invariant(style));
        if (number is not null)
        {
            w.WriteElementString("v", MainNs, number);
        }
        else
        {
            // An inline string is text by definition: nothing in it is ever evaluated as a formula.
            w.WriteAttributeString("t", "inlineStr");
            w.WriteStartElement("is", MainNs);
            w.WriteStartElement("t", MainNs);
            w.WriteAttributeString("xml", "space", null, "preserve");
            w.WriteString(XmlSafe((string)value));
            w.WriteEndElement();
            w.WriteEndElement();
        }

        w.WriteEndElement();
    }

    /// <summary>Drops what XML cannot carry: control characters (a stray \u0001 pasted from elsewhere) and halves of broken surrogate pairs.</summary>
    private static string XmlSafe(string text)
    {
        var safe = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                safe.Append(text, i++, 2);
            }
            else if (XmlConvert.IsXmlChar(text[i]))
            {
                safe.Append(text[i]);
            }
        }

        return safe.ToString();
    }

    private static string Xml(Action<XmlWriter> write)
    {
        var text = new StringBuilder();
        using (var w = XmlWriter.Create(text, new XmlWriterSettings { OmitXmlDeclaration = true }))
        {
            write(w);
        }

        return """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>""" + text;
    }

    private static void Part(ZipArchive zip, string name, string content)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = Stamp;
        using var stream = entry.Open();
        stream.Write(new UTF8Encoding(false).GetBytes(content));
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}

using System.Globalization;
using System.IO.Compression;
using System.Xml;

namespace Pamong.SocialProtection.Imports;

/// <summary>
/// Reads the first worksheet of an .xlsx workbook as rows of text, streaming (System.IO.Compression + XmlReader):
/// shared strings, inline strings, numbers (as written, invariant) and booleans. Cells are placed by their
/// reference (B7 → column 2), so empty cells Excel leaves out keep their place. Dates come as serial numbers
/// (the registry's date parser accepts them).
/// </summary>
public static class XlsxTable
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    public static IEnumerable<string[]> Read(Stream stream)
    {
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        var shared = SharedStrings(zip);
        var sheet = zip.GetEntry(FirstSheetPath(zip)) ?? throw new InvalidDataException("The workbook has no worksheet.");
        using var xml = XmlReader.Create(sheet.Open(), new XmlReaderSettings { IgnoreWhitespace = false, DtdProcessing = DtdProcessing.Prohibit });
        var row = new List<string>(32);
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element || xml.NamespaceURI != Main)
            {
                continue;
            }

            if (xml.LocalName == "row")
            {
                row.Clear();
                if (xml.IsEmptyElement)
                {
                    continue;
                }

                var depth = xml.Depth;
                while (xml.Read() && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
                {
                    if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "c")
                    {
                        var column = ColumnOf(xml.GetAttribute("r"), row.Count);
                        var value = Cell(xml, xml.GetAttribute("t"), shared);
                        while (row.Count < column)
                        {
                            row.Add("");
                        }

                        row.Add(value);
                    }
                }

                if (row.Exists(v => v.Length > 0))
                {
                    yield return row.ToArray();
                }
            }
        }
    }

    private static string Cell(XmlReader xml, string? type, List<string> shared)
    {
        if (xml.IsEmptyElement)
        {
            return "";
        }

        var depth = xml.Depth;
        var text = "";
        while (xml.Read() && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            if (xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (xml.LocalName == "v")
            {
                var raw = xml.ReadElementContentAsString();
                text = type switch
                {
                    "s" => int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < shared.Count ? shared[i] : "",
                    "b" => raw == "1" ? "TRUE" : "FALSE",
                    _ => raw,
                };
                if (xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth)
                {
                    break;
                }
            }
            else if (xml.LocalName == "is")
            {
                text = InlineText(xml);
            }
        }

        return text;
    }

    private static string InlineText(XmlReader xml)
    {
        var depth = xml.Depth;
        var text = new System.Text.StringBuilder();
        while (xml.Read() && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "t")
            {
                text.Append(xml.ReadElementContentAsString());
                if (xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth)
                {
                    break;
                }
            }
        }

        return text.ToString();
    }

    /// <summary>"AB12" → 27 (zero-based); without a reference, the next column.</summary>
    internal static int ColumnOf(string? reference, int next)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return next;
        }

        var column = 0;
        foreach (var c in reference)
        {
            if (c is < 'A' or > 'Z')
            {
                break;
            }

            column = column * 26 + (c - 'A' + 1);
        }

        return column - 1;
    }

    private static List<string> SharedStrings(ZipArchive zip)
    {
        var list = new List<string>();
        var entry = zip.GetEntry("xl/sharedStrings.xml");
        if (entry is null)
        {
            return list;
        }

        using var xml = XmlReader.Create(entry.Open(), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "si")
            {
                list.Add(xml.IsEmptyElement ? "" : InlineText(xml));
            }
        }

        return list;
    }

    /// <summary>The first sheet in workbook order (xl/workbook.xml and its relationships), else xl/worksheets/sheet1.xml.</summary>
    private static string FirstSheetPath(ZipArchive zip)
    {
        const string fallback = "xl/worksheets/sheet1.xml";
        var workbook = zip.GetEntry("xl/workbook.xml");
        var rels = zip.GetEntry("xl/_rels/workbook.xml.rels");
        if (workbook is null || rels is null)
        {
            return fallback;
        }

        string? id = null;
        using (var xml = XmlReader.Create(workbook.Open(), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit }))
        {
            while (xml.Read())
            {
                if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "sheet")
                {
                    id = xml.GetAttribute("id", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
                    break;
                }
            }
        }

        using (var xml = XmlReader.Create(rels.Open(), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit }))
        {
            while (xml.Read())
            {
                if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "Relationship" && xml.GetAttribute("Id") == id)
                {
                    var target = xml.GetAttribute("Target") ?? "";
                    return target.StartsWith('/') ? target.TrimStart('/') : "xl/" + target;
                }
            }
        }

        return fallback;
    }
}

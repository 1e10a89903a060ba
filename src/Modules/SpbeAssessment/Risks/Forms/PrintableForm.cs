using System.Globalization;
using Pamong.Platform.Localization;
using Pamong.Platform.Web.Export;

namespace Pamong.SpbeAssessment.Risks.Forms;

/// <summary>
/// A form of the regulation defined once — a title, fact lists and tables — and written as a PDF
/// (<see cref="PdfWriter"/>) or an Excel workbook (<see cref="XlsxWriter"/>, a sheet per table).
/// </summary>
public sealed class PrintableForm(string title, bool landscape)
{
    private readonly List<object> _sections = [];

    public string Title { get; } = title;

    public PrintableForm Facts(IEnumerable<(string Key, string? Value)> pairs)
    {
        _sections.Add(new FactsSection(pairs.Select(p => (p.Key, p.Value ?? "–")).ToList()));
        return this;
    }

    public PrintableForm Table(string heading, IReadOnlyList<FormColumn> columns, IEnumerable<IReadOnlyList<FormCell>> rows, string? note = null)
    {
        _sections.Add(new TableSection(heading, columns, rows.ToList(), note));
        return this;
    }

    public byte[] ToPdf(string footer, string pageNumberFormat)
    {
        var pdf = new PdfWriter(landscape) { Footer = footer, PageNumberFormat = pageNumberFormat };
        pdf.Title(Title);
        foreach (var section in _sections)
        {
            switch (section)
            {
                case FactsSection facts:
                    pdf.KeyValues(facts.Pairs);
                    break;
                case TableSection table:
                    pdf.Heading(table.Heading);
                    if (table.Note is not null)
                    {
                        pdf.Paragraph(table.Note, 9, muted: true);
                    }

                    pdf.Table(
                        table.Columns.Select(c => new PdfColumn(c.Header, c.Width, c.Numeric ? PdfAlign.Right : PdfAlign.Left)).ToList(),
                        table.Rows.Select(r => (IReadOnlyList<PdfCell>)r.Select(c => new PdfCell(c.Text, c.Fill, c.Bold)).ToList()));
                    break;
            }
        }

        return pdf.ToBytes();
    }

    /// <summary>A sheet per table; the title and the facts head the first sheet.</summary>
    public byte[] ToXlsx()
    {
        var book = new XlsxWriter();
        var pending = new List<string>();
        var first = true;
        foreach (var section in _sections)
        {
            if (section is FactsSection facts)
            {
                pending.AddRange(facts.Pairs.Select(p => p.Key + ": " + p.Value));
                continue;
            }

            var table = (TableSection)section;
            var sheet = book.AddSheet(table.Heading);
            sheet.Landscape = landscape;
            sheet.Columns(table.Columns.Select(c => c.Width * 2.2).ToArray());
            sheet.Title(first ? Title : table.Heading);
            if (first)
            {
                pending.ForEach(line => sheet.Note(line));
                sheet.Note(table.Heading);
            }

            if (table.Note is not null)
            {
                sheet.Note(table.Note);
            }

            sheet.Header(table.Columns.Select(c => c.Header).ToArray());
            foreach (var row in table.Rows)
            {
                sheet.Row(row.Select(c => c.Value).ToArray());
            }

            pending.Clear();
            first = false;
        }

        if (first)
        {
            var sheet = book.AddSheet(Title).Columns(30, 90).Title(Title);
            pending.ForEach(line => sheet.Note(line));
        }

        return book.ToBytes();
    }

    private sealed record FactsSection(IReadOnlyList<(string Key, string Value)> Pairs);

    private sealed record TableSection(string Heading, IReadOnlyList<FormColumn> Columns, IReadOnlyList<IReadOnlyList<FormCell>> Rows, string? Note);
}

/// <summary>A column: its header, its width (a share of the PDF page; about half the characters in Excel) and whether it holds numbers.</summary>
public sealed record FormColumn(string Header, double Width, bool Numeric = false);

/// <summary>
/// A cell: its value (text, a whole number or a date; Excel keeps the type, the PDF prints it in the current
/// culture), with an optional background colour and bold face for the PDF.
/// </summary>
public sealed record FormCell(object? Value, RgbColor? Fill = null, bool Bold = false)
{
    public string Text => Value switch
    {
        null => "",
        DateOnly date => IndonesianFormat.Date(date),
        int number => number.ToString(CultureInfo.CurrentCulture),
        _ => Convert.ToString(Value, CultureInfo.CurrentCulture) ?? "",
    };

    public static readonly FormCell None = new((object?)null);

    public static implicit operator FormCell(string? text) => FromString(text);

    public static implicit operator FormCell(int number) => FromInt32(number);

    public static implicit operator FormCell(DateOnly date) => FromDateOnly(date);

    public static FormCell FromString(string? text) => new((object?)text);

    public static FormCell FromInt32(int number) => new((object)number);

    public static FormCell FromDateOnly(DateOnly date) => new((object)date);
}

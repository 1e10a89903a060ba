namespace Pamong.Platform.Web.Export;

/// <summary>
/// One worksheet of an <see cref="XlsxWriter"/>: column widths, optional title rows, a header row (bold,
/// frozen, repeated on printed pages) and data rows. Cells are text, numbers or dates; text is always
/// stored as text, so "=SUM(A1)" typed by an officer never becomes a formula.
/// </summary>
public sealed class XlsxSheet
{
    internal XlsxSheet(string name) => Name = name;

    public string Name { get; }

    /// <summary>Print in landscape (wide registers).</summary>
    public bool Landscape { get; set; }

    internal List<double> Widths { get; } = [];

    internal List<(XlsxRowKind Kind, object?[] Cells)> Rows { get; } = [];

    /// <summary>The 1-based row number of the last header row, 0 when there is none.</summary>
    internal int HeaderRow { get; private set; }

    /// <summary>Column widths in characters, from column A.</summary>
    public XlsxSheet Columns(params double[] widths)
    {
        Widths.Clear();
        Widths.AddRange(widths);
        return this;
    }

    /// <summary>A title line above the table (bold, larger).</summary>
    public XlsxSheet Title(string text)
    {
        Rows.Add((XlsxRowKind.Title, [text]));
        return this;
    }

    /// <summary>A line of plain text (not wrapped, so it runs across the empty cells to its right), e.g. "Tahun: 2026".</summary>
    public XlsxSheet Note(string text)
    {
        Rows.Add((XlsxRowKind.Note, [text]));
        return this;
    }

    /// <summary>
    /// A table's header row (bold, filled). The first header row of a sheet is frozen — it and the rows
    /// above it stay visible while scrolling — and repeats on every printed page; later ones (a second
    /// table further down) are only styled.
    /// </summary>
    public XlsxSheet Header(params string[] cells)
    {
        Rows.Add((XlsxRowKind.Header, cells));
        HeaderRow = HeaderRow == 0 ? Rows.Count : HeaderRow;
        return this;
    }

    /// <summary>
    /// A data row. Cells: string (text), int/long (whole number), decimal/double (two decimals),
    /// DateOnly (date), null (empty).
    /// </summary>
    public XlsxSheet Row(params object?[] cells)
    {
        foreach (var cell in cells)
        {
            if (cell is not (null or string or int or long or decimal or double or DateOnly))
            {
                throw new ArgumentException($"A cell of type {cell.GetType().Name} cannot be written; convert it to text or a number.", nameof(cells));
            }
        }

        Rows.Add((XlsxRowKind.Data, cells));
        return this;
    }
}

internal enum XlsxRowKind
{
    Title,
    Note,
    Header,
    Data,
}

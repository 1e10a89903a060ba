namespace Pamong.Platform.Web.Export;

/// <summary>A table column: its header, its share of the width (relative to the other columns) and alignment.</summary>
public sealed record PdfColumn(string Header, double Weight = 1, PdfAlign Align = PdfAlign.Left);

public enum PdfAlign
{
    Left,
    Right,
    Center,
}

/// <summary>A table cell: text, with an optional background and bold face. A plain string converts to a cell.</summary>
public sealed record PdfCell(string Text, RgbColor? Fill = null, bool Bold = false)
{
    public static implicit operator PdfCell(string text) => new(text);

    public static PdfCell FromString(string text) => new(text);
}

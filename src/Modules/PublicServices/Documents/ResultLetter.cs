using Pamong.Platform.Web.Export;

namespace Pamong.PublicServices.Documents;

/// <summary>What a result letter says, already filled in.</summary>
public sealed record LetterContent(
    IReadOnlyList<string> Letterhead, string Title, string Number, string Body, IReadOnlyList<(string Key, string Value)> Applicant,
    string Closing, string PlaceAndDate);

/// <summary>
/// Lays a result letter out on the platform's PDF writer the way an Indonesian official letter looks: the letterhead
/// (kop) centred over a double rule, the title underlined with the number under it, the body, the applicant's
/// particulars, the closing sentence, and place and date on the right (the signature block follows).
/// </summary>
public static class ResultLetter
{
    private static readonly RgbColor Ink = RgbColor.Hex("#1d2a24");

    public static void Compose(PdfWriter pdf, LetterContent letter)
    {
        var kop = pdf.Canvas((letter.Letterhead.Count * 17) + 10);
        var y = 14.0;
        for (var i = 0; i < letter.Letterhead.Count; i++)
        {
            kop.Text(kop.Width / 2, y, letter.Letterhead[i].ToUpperInvariant(), i == letter.Letterhead.Count - 1 ? 15 : 12, TextAnchor.Middle, bold: true, color: Ink);
            y += 17;
        }

        kop.Line(0, kop.Height - 3, kop.Width, kop.Height - 3, Ink, 1.6);
        kop.Line(0, kop.Height, kop.Width, kop.Height, Ink, 0.5);

        pdf.Space(10);
        var heading = pdf.Canvas(34);
        var titleWidth = FontMetrics.Width(letter.Title, 12.5, bold: true);
        heading.Text(heading.Width / 2, 13, letter.Title, 12.5, TextAnchor.Middle, bold: true, color: Ink);
        heading.Line((heading.Width - titleWidth) / 2, 15.5, (heading.Width + titleWidth) / 2, 15.5, Ink, 0.8);
        heading.Text(heading.Width / 2, 29, "Nomor: " + letter.Number, 10, TextAnchor.Middle, color: Ink);

        pdf.Space(8);
        foreach (var paragraph in letter.Body.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            pdf.Paragraph(paragraph, 10.5);
        }

        pdf.KeyValues(letter.Applicant);
        if (letter.Closing.Length > 0)
        {
            pdf.Paragraph(letter.Closing, 10.5);
        }

        pdf.Space(6);
        var date = pdf.Canvas(14);
        date.Text(date.Width, 10, letter.PlaceAndDate, 10.5, TextAnchor.End, color: Ink);
    }
}

using System.Globalization;
using Pamong.Platform.Localization;
using Pamong.Platform.Web.Export;
using Pamong.PublicServices.Statistics;

namespace Pamong.PublicServices.Satisfaction.Reports;

/// <summary>
/// The IKM report of a unit and period as the page, PDF and Excel show it: the index with its grade, the
/// per-element table (sum, NRR, weighted NRR with the weight 1/9), the chart, and the index per service.
/// </summary>
public static class IkmReport
{
    public const string WeightNote =
        "Bobot setiap unsur 1/9 (tabel PermenPANRB 14/2017 mencetaknya dibulatkan 0,11); NRR dan IKM dihitung dengan presisi penuh, " +
        "lalu IKM dibulatkan ke 3 desimal dan nilai konversi ke 2 desimal (pembulatan setengah menjauhi nol).";

    public static string Three(decimal value) => value.ToString("0.000", CultureInfo.CurrentCulture);

    public static string Two(decimal value) => value.ToString("0.00", CultureInfo.CurrentCulture);

    public static string PeriodText(Period period) => $"{IndonesianFormat.Date(period.From)} – {IndonesianFormat.Date(period.To)}";

    /// <summary>The NRR of each element on the 1–4 scale.</summary>
    public static ChartData Chart(IkmResult result) =>
        new(Enumerable.Range(1, Ikm.Elements).Select(i => $"U{i} {Ikm.ElementNames[i - 1]}").ToList(),
            [new ChartSeries("NRR", result.Index is { } index ? index.Nrr.Select(n => (double?)(double)n).ToList() : new double?[Ikm.Elements])],
            Max: 4)
        { ValueFormat = "0.000" };

    public static byte[] Pdf(IkmResult result, IReadOnlyList<IkmResult> services, Period period, string pemda, DateOnly printed)
    {
        var pdf = new PdfWriter { Footer = $"{pemda} · dicetak {IndonesianFormat.Date(printed)}" };
        pdf.Title("Laporan Indeks Kepuasan Masyarakat (IKM)");
        pdf.KeyValues(Facts(result, period));
        if (result.Index is { } index)
        {
            pdf.Heading("Nilai per unsur pelayanan");
            pdf.Table(
                [new("Unsur", 0.6), new("Nama unsur", 4), new("Jumlah nilai", 1.2, PdfAlign.Right), new("NRR", 1, PdfAlign.Right), new("NRR × 1/9", 1.2, PdfAlign.Right)],
                Elements(result, index).Select(e => (IReadOnlyList<PdfCell>)[e.Code, e.Name, e.Sum.ToString(CultureInfo.CurrentCulture), Three(e.Nrr), Three(e.Weighted)]));
            pdf.Paragraph(WeightNote, 8, muted: true);
            pdf.Heading("NRR per unsur (skala 1–4)");
            Charts.DrawBar(pdf, Chart(result));
        }
        else
        {
            pdf.Paragraph("Belum ada survei yang tersimpan untuk unit dan periode ini.");
        }

        if (services.Count > 0)
        {
            pdf.Heading("IKM per layanan");
            pdf.Table(
                [new("Layanan", 4), new("Responden", 1.2, PdfAlign.Right), new("IKM", 1, PdfAlign.Right), new("Konversi", 1.1, PdfAlign.Right), new("Mutu", 0.8)],
                services.Where(s => s.Index is not null).Select(s => (IReadOnlyList<PdfCell>)[s.Name, s.Respondents.ToString(CultureInfo.CurrentCulture),
                    Three(s.Index!.PublishedIndex), Two(s.Index.PublishedConverted), $"{s.Index.Grade} ({s.Index.Performance})"]));
        }

        return pdf.ToBytes();
    }

    public static byte[] Xlsx(IkmResult result, IReadOnlyList<IkmResult> services, Period period, string pemda)
    {
        var book = new XlsxWriter();
        var sheet = book.AddSheet("IKM").Columns(8, 44, 14, 12, 14).Title("Laporan Indeks Kepuasan Masyarakat (IKM)").Note(pemda);
        foreach (var (key, value) in Facts(result, period))
        {
            sheet.Note($"{key}: {value}");
        }

        sheet.Header("Unsur", "Nama unsur", "Jumlah nilai", "NRR", "NRR × 1/9");
        if (result.Index is { } index)
        {
            foreach (var e in Elements(result, index))
            {
                sheet.Row(e.Code, e.Name, e.Sum, Math.Round(e.Nrr, 3, MidpointRounding.AwayFromZero), Math.Round(e.Weighted, 3, MidpointRounding.AwayFromZero));
            }

            sheet.Row(null, "IKM (jumlah NRR × 1/9)", null, null, index.PublishedIndex);
            sheet.Row(null, "IKM konversi (IKM × 25)", null, null, index.PublishedConverted);
        }

        sheet.Note(WeightNote);
        var perService = book.AddSheet("IKM per layanan").Columns(44, 12, 10, 12, 8, 14).Header("Layanan", "Responden", "IKM", "Konversi", "Mutu", "Kinerja");
        foreach (var s in services.Where(s => s.Index is not null))
        {
            perService.Row(s.Name, s.Respondents, s.Index!.PublishedIndex, s.Index.PublishedConverted, s.Index.Grade, s.Index.Performance);
        }

        return book.ToBytes();
    }

    public static IEnumerable<(string Key, string Value)> Facts(IkmResult result, Period period)
    {
        yield return ("Unit", result.Name);
        yield return ("Periode", PeriodText(period));
        yield return ("Jumlah responden", result.Respondents.ToString("N0", CultureInfo.CurrentCulture));
        if (result.Index is { } index)
        {
            yield return ("IKM (1–4)", Three(index.PublishedIndex));
            yield return ("IKM konversi (25–100)", Two(index.PublishedConverted));
            yield return ("Mutu pelayanan", index.Grade);
            yield return ("Kinerja unit pelayanan", index.Performance);
        }
    }

    public sealed record ElementRow(string Code, string Name, long Sum, decimal Nrr, decimal Weighted);

    public static IEnumerable<ElementRow> Elements(IkmResult result, Ikm.Result index) =>
        Enumerable.Range(0, Ikm.Elements).Select(i => new ElementRow($"U{i + 1}", Ikm.ElementNames[i], result.Sums[i], index.Nrr[i], index.Nrr[i] / Ikm.Elements));
}

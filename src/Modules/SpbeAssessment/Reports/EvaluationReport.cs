using System.Globalization;
using Pamong.Platform.Web.Export;
using Pamong.SpbeAssessment.Index;
using Pamong.SpbeAssessment.Summary;

namespace Pamong.SpbeAssessment.Reports;

/// <summary>
/// The evaluation report of a period, as PDF and as Excel, from the same <see cref="PeriodSummary"/>
/// the pages show: the index and predicate, domains and aspects (bars and radar), every indicator, the
/// target and the official result, and the history since 2018.
/// </summary>
public static class EvaluationReport
{
    public static ChartData DomainChart(PeriodSummary s) => new(
        s.Domains.Select(d => d.Code + " " + d.Name).ToList(),
        [
            new ChartSeries("Mandiri", s.Domains.Select(d => Value(d.Exact)).ToList()),
            .. s.Official is { Domains.Count: > 0 } official
                ? [new ChartSeries("Resmi", s.Domains.Select(d => official.Domains.TryGetValue(d.Code, out var v) ? (double?)(double)SpbeIndex.Round(v) : null).ToList())]
                : Array.Empty<ChartSeries>(),
        ]);

    public static ChartData AspectChart(PeriodSummary s) => new(
        s.Aspects.Select(a => a.Code).ToList(),
        [
            new ChartSeries("Mandiri", s.Aspects.Select(a => Value(a.Exact)).ToList()),
            .. s.Official is { Aspects.Count: > 0 } official
                ? [new ChartSeries("Resmi", s.Aspects.Select(a => official.Aspects.TryGetValue(a.Code, out var v) ? (double?)(double)SpbeIndex.Round(v) : null).ToList())]
                : Array.Empty<ChartSeries>(),
        ]);

    public static byte[] Pdf(PeriodSummary s, string pemda, DateOnly printedOn)
    {
        var pdf = new PdfWriter
        {
            DocumentTitle = $"Laporan Evaluasi SPBE {s.Year}",
            Footer = $"{pemda} · dicetak {printedOn.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("id-ID"))}",
        };
        pdf.Title($"Laporan Evaluasi SPBE Tahun {s.Year}");
        pdf.Paragraph(pemda + " — " + s.InstrumentName, muted: true);
        pdf.KeyValues(Facts(s));

        pdf.Heading("Nilai per domain");
        pdf.Table(
            [new PdfColumn("Domain", 4), new PdfColumn("Bobot (%)", 1, PdfAlign.Right), new PdfColumn("Mandiri", 1, PdfAlign.Right), new PdfColumn("Resmi", 1, PdfAlign.Right)],
            s.Domains.Select(d => (IReadOnlyList<PdfCell>)[d.Code + " " + d.Name, Number(d.Weight), Two(d.Exact), Two(OfficialPart(s, d.Code, domain: true))]));
        Charts.DrawBar(pdf, DomainChart(s));

        pdf.Heading("Nilai per aspek");
        pdf.Table(
            [new PdfColumn("Aspek", 4), new PdfColumn("Bobot (%)", 1, PdfAlign.Right), new PdfColumn("Mandiri", 1, PdfAlign.Right), new PdfColumn("Resmi", 1, PdfAlign.Right)],
            s.Aspects.Select(a => (IReadOnlyList<PdfCell>)[a.Code + " " + a.Name, Number(a.Weight), Two(a.Exact), Two(OfficialPart(s, a.Code, domain: false))]));
        Charts.DrawRadar(pdf, AspectChart(s));

        pdf.Heading("Tingkat kematangan per indikator");
        pdf.Table(
            [new PdfColumn("No.", 0.6, PdfAlign.Right), new PdfColumn("Indikator", 5), new PdfColumn("Bobot", 1, PdfAlign.Right),
             new PdfColumn("Tingkat", 1, PdfAlign.Right), new PdfColumn("Target", 1, PdfAlign.Right), new PdfColumn("Resmi", 1, PdfAlign.Right)],
            s.Indicators.Select(i => (IReadOnlyList<PdfCell>)
            [
                i.Code, i.Name, Number(i.Weight), i.FinalLevel?.ToString(CultureInfo.InvariantCulture) ?? "–",
                i.TargetLevel?.ToString(CultureInfo.InvariantCulture) ?? "–",
                s.Official?.Levels.TryGetValue(i.Code, out var o) == true ? Number(o) : "–",
            ]));

        pdf.Heading("Riwayat indeks SPBE");
        pdf.Table(
            [new PdfColumn("Tahun", 1), new PdfColumn("Mandiri", 1, PdfAlign.Right), new PdfColumn("Resmi", 1, PdfAlign.Right), new PdfColumn("Predikat resmi", 2), new PdfColumn("Target", 1, PdfAlign.Right)],
            s.History.Select(h => (IReadOnlyList<PdfCell>)[h.Year.ToString(CultureInfo.InvariantCulture), Two(h.Self), Two(h.Official), h.OfficialPredicate ?? "–", Two(h.Target)]));
        return pdf.ToBytes();
    }

    public static byte[] Xlsx(PeriodSummary s, string pemda)
    {
        var book = new XlsxWriter();
        var summary = book.AddSheet("Ringkasan").Columns(34, 60);
        summary.Title($"Laporan Evaluasi SPBE Tahun {s.Year} — {pemda}");
        foreach (var (key, value) in Facts(s))
        {
            summary.Row(key, value);
        }

        var domains = book.AddSheet("Domain").Columns(10, 50, 12, 12, 12);
        domains.Header("Kode", "Domain", "Bobot (%)", "Mandiri", "Resmi");
        foreach (var d in s.Domains)
        {
            domains.Row(d.Code, d.Name, d.Weight, Rounded(d.Exact), Rounded(OfficialPart(s, d.Code, domain: true)));
        }

        var aspects = book.AddSheet("Aspek").Columns(10, 60, 12, 12, 12);
        aspects.Header("Kode", "Aspek", "Bobot (%)", "Mandiri", "Resmi");
        foreach (var a in s.Aspects)
        {
            aspects.Row(a.Code, a.Name, a.Weight, Rounded(a.Exact), Rounded(OfficialPart(s, a.Code, domain: false)));
        }

        var indicators = book.AddSheet("Indikator").Columns(8, 70, 10, 10, 12, 10, 10, 30, 30);
        indicators.Header("No.", "Indikator", "Aspek", "Bobot", "Tingkat", "Target", "Resmi", "OPD penanggung jawab", "Catatan reviu");
        foreach (var i in s.Indicators)
        {
            indicators.Row(i.Code, i.Name, i.AspectCode, i.Weight, i.FinalLevel, i.TargetLevel,
                s.Official?.Levels.TryGetValue(i.Code, out var o) == true ? o : null, i.ResponsibleUnit, i.ReviewNote);
        }

        var history = book.AddSheet("Riwayat").Columns(10, 12, 12, 18, 12);
        history.Header("Tahun", "Mandiri", "Resmi", "Predikat resmi", "Target");
        foreach (var h in s.History)
        {
            history.Row(h.Year, Rounded(h.Self), Rounded(h.Official), h.OfficialPredicate, Rounded(h.Target));
        }

        return book.ToBytes();
    }

    private static List<(string Key, string Value)> Facts(PeriodSummary s)
    {
        var facts = new List<(string, string)>
        {
            ("Tahun", s.Year.ToString(CultureInfo.InvariantCulture)),
            ("Instrumen", s.InstrumentName),
            ("Indeks SPBE (mandiri)", s.Index is { } index ? $"{Two(index.Exact)} — {index.Predicate}" : $"belum lengkap ({s.Progress.Missing} indikator belum diisi)"),
            ("Indikator terisi / direviu", $"{s.Progress.WithLevel} / {s.Progress.Reviewed} dari {s.Progress.Total}"),
        };
        if (s.Official is { } official)
        {
            facts.Add(("Indeks SPBE (resmi KemenPAN-RB)", $"{Two(official.Index)} — {official.Predicate}"));
        }

        if (s.Target?.Index is { } target)
        {
            facts.Add(("Target indeks", Two(target)));
        }

        if (s.LockedAt is { } locked)
        {
            facts.Add(("Dikunci", $"{locked.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("id-ID"))} oleh {s.LockedBy}"));
        }

        return facts;
    }

    private static decimal? OfficialPart(PeriodSummary s, string code, bool domain) =>
        s.Official is null ? null : (domain ? s.Official.Domains : s.Official.Aspects).TryGetValue(code, out var v) ? v : null;

    private static double? Value(decimal? exact) => exact is { } v ? (double)SpbeIndex.Round(v) : null;

    private static decimal? Rounded(decimal? exact) => exact is { } v ? SpbeIndex.Round(v) : null;

    private static string Two(decimal? exact) => exact is { } v ? SpbeIndex.Round(v).ToString("0.00", CultureInfo.GetCultureInfo("id-ID")) : "–";

    private static string Number(decimal value) => value.ToString("0.##", CultureInfo.GetCultureInfo("id-ID"));
}

using System.Globalization;
using Pamong.Platform.Web;
using Pamong.Platform.Web.Export;

namespace Pamong.PublicServices.Statistics;

/// <summary>The dashboard table as CSV and Excel, and its charts (volume; SLA compliance).</summary>
public static class StatisticsFiles
{
    private static readonly double[] NiceSteps = [1, 2, 5, 10];

    private static readonly string[] Header =
    [
        "Kode", "Nama", "Diajukan", "Selesai", "Ditolak", "Dalam proses", "Selesai tepat waktu", "Kepatuhan SLA (%)",
        "Median waktu selesai (hari kerja)", "P90 waktu selesai (hari kerja)", "Responden IKM", "IKM", "IKM konversi", "Mutu",
    ];

    public static string FileName(ServiceStatistics.Report report, string extension) =>
        string.Create(CultureInfo.InvariantCulture, $"statistik-layanan-{report.By.Key()}-{report.Period.From:yyyyMMdd}-{report.Period.To:yyyyMMdd}.{extension}");

    public static byte[] Csv(ServiceStatistics.Report report) =>
        CsvExport.Write(Header, report.Rows.Append(report.Total).Select(r => new[]
        {
            r.Key, r.Name, Invariant(r.Submitted), Invariant(r.Completed), Invariant(r.Rejected), Invariant(r.InProcess), Invariant(r.CompletedWithinSla),
            Invariant(r.SlaCompliance * 100, "0.0"), Invariant(r.MedianWorkingDays, "0.0"), Invariant(r.P90WorkingDays, "0.0"),
            Invariant(r.IkmRespondents), Invariant((double?)r.Ikm, "0.000"), Invariant((double?)r.IkmConverted, "0.00"), r.IkmGrade,
        }));

    public static byte[] Xlsx(ServiceStatistics.Report report)
    {
        var book = new XlsxWriter();
        var sheet = book.AddSheet("Statistik layanan").Columns(16, 40, 10, 10, 10, 10, 12, 12, 14, 14, 12, 8, 10, 8)
            .Title("Statistik layanan publik")
            .Note(string.Create(CultureInfo.InvariantCulture, $"Periode pengajuan: {report.Period.From:dd/MM/yyyy} – {report.Period.To:dd/MM/yyyy}; waktu selesai dalam hari kerja."))
            .Header(Header);
        sheet.Landscape = true;
        foreach (var r in report.Rows.Append(report.Total))
        {
            sheet.Row(r.Key, r.Name, r.Submitted, r.Completed, r.Rejected, r.InProcess, r.CompletedWithinSla,
                r.SlaCompliance is { } sla ? Math.Round(sla * 100, 1) : null, r.MedianWorkingDays, r.P90WorkingDays,
                r.IkmRespondents, r.Ikm, r.IkmConverted, r.IkmGrade);
        }

        return book.ToBytes();
    }

    /// <summary>Applications submitted per row (the <paramref name="top"/> largest), for the volume chart.</summary>
    public static ChartData Volume(ServiceStatistics.Report report, int top, string submitted, string completed)
    {
        var rows = report.Rows.Take(top).ToList();
        var max = NiceMax(Math.Max(5, rows.Select(r => r.Submitted).DefaultIfEmpty(0).Max()));
        return new ChartData(rows.Select(r => r.Name).ToList(),
            [new ChartSeries(submitted, rows.Select(r => (double?)r.Submitted).ToList()), new ChartSeries(completed, rows.Select(r => (double?)r.Completed).ToList())],
            Max: max)
        { Step = max / 5, ValueFormat = "N0" };
    }

    /// <summary>SLA compliance in percent per row (the <paramref name="top"/> largest).</summary>
    public static ChartData Sla(ServiceStatistics.Report report, int top, string name) =>
        new(report.Rows.Take(top).Select(r => r.Name).ToList(), [new ChartSeries(name, report.Rows.Take(top).Select(r => r.SlaCompliance * 100).ToList())], Max: 100) { Step = 20, ValueFormat = "0.0" };

    private static double NiceMax(long max)
    {
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(max)));
        return NiceSteps.Select(f => f * magnitude).First(v => v >= max);
    }

    private static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Invariant(double? value, string format) => value?.ToString(format, CultureInfo.InvariantCulture) ?? "";
}

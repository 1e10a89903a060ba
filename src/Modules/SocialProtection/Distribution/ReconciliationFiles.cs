using Microsoft.Extensions.Localization;
using Pamong.Platform.Localization;
using Pamong.Platform.Web.Export;

namespace Pamong.SocialProtection.Distribution;

/// <summary>The reconciliation report as Excel and PDF (the platform's writers).</summary>
public sealed class ReconciliationFiles(IStringLocalizer<PerlinsosText> text)
{
    private string[] Headers => [text["Village"], text["PlannedHouseholds"], text["PlannedAmount"], text["DeliveredHouseholds"], text["DeliveredAmount"],
        text["UndeliveredHouseholds"], text["ReturnedHouseholds"], text["ReturnedAmount"], text["OutstandingHouseholds"]];

    public byte[] Excel(ReconciliationReport report)
    {
        var xlsx = new XlsxWriter();
        var sheet = xlsx.AddSheet(text["Reconciliation"]).Columns(28, 12, 16, 12, 16, 12, 12, 16, 12);
        sheet.Title(Title(report)).Note(report.Channel).Header(Headers);
        foreach (var r in report.Villages.Append(report.Total with { Village = text["Total"] }))
        {
            sheet.Row(r.Village, r.Planned.Households, r.Planned.Amount, r.Delivered.Households, r.Delivered.Amount, r.Undelivered.Households,
                r.Returned.Households, r.Returned.Amount, r.Outstanding.Households);
        }

        return xlsx.ToBytes();
    }

    public byte[] Pdf(ReconciliationReport report)
    {
        var pdf = new PdfWriter(landscape: true) { DocumentTitle = Title(report), Footer = "Pamong · Perlinsos" };
        pdf.Title(Title(report));
        pdf.KeyValues([(text["Channel"], report.Channel), (text["PlannedOn"], IndonesianFormat.Date(report.PlannedOn))]);
        var columns = Headers.Select((h, i) => new PdfColumn(h, i == 0 ? 2.2 : 1, i == 0 ? PdfAlign.Left : PdfAlign.Right)).ToList();
        pdf.Table(columns, report.Villages.Append(report.Total with { Village = text["Total"] }).Select(r => (IReadOnlyList<PdfCell>)
        [
            new PdfCell(r.Village, Bold: r.VillageCode.Length == 0), N(r.Planned.Households), N(r.Planned.Amount), N(r.Delivered.Households), N(r.Delivered.Amount),
            N(r.Undelivered.Households), N(r.Returned.Households), N(r.Returned.Amount), N(r.Outstanding.Households),
        ]));
        return pdf.ToBytes();
    }

    private string Title(ReconciliationReport r) => text["ReconciliationTitle", r.Program, r.Stage, r.Period];

    private static PdfCell N(long value) => new(IndonesianFormat.Number(value));
}

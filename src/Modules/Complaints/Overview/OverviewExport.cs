using System.Globalization;
using Microsoft.Extensions.Localization;
using Pamong.Complaints.Deadlines;
using Pamong.Platform.Web;
using Pamong.Platform.Web.Export;

namespace Pamong.Complaints.Overview;

/// <summary>The overview as CSV and as an Excel workbook (columns as on the page).</summary>
public sealed class OverviewExport(ComplaintCalendar calendar, IStringLocalizer<ComplaintText> text)
{
    private string[] Header() =>
        [text["UnitCode"], text["Unit"], text["Total"], text["Open"], text["Overdue"], text["AnsweredCount"], text["ClosedCount"], text["RejectedCount"], text["AverageAnswerDays"]];

    public byte[] Csv(IReadOnlyList<UnitFigures> units) =>
        CsvExport.Write(Header(), units.Select(u => new[]
        {
            u.UnitCode, u.UnitName, Number(u.Total), Number(u.Open), Number(u.Overdue), Number(u.Answered), Number(u.Closed), Number(u.Rejected),
            u.AverageAnswerDays?.ToString("0.0", CultureInfo.InvariantCulture),
        }));

    public byte[] Xlsx(UnitFigures total, IReadOnlyList<UnitFigures> units)
    {
        var book = new XlsxWriter();
        var sheet = book.AddSheet(text["OverviewSheet"]).Columns(16, 40, 10, 10, 12, 12, 12, 12, 16)
            .Title(text["OverviewTitle"])
            .Note(text["OverviewAsOf", calendar.Today.ToString("d MMMM yyyy", Platform.Localization.IndonesianFormat.Indonesian)])
            .Header(Header());
        foreach (var u in units.Append(total with { UnitName = text["AllUnits"] }))
        {
            sheet.Row(u.UnitCode, u.UnitName, u.Total, u.Open, u.Overdue, u.Answered, u.Closed, u.Rejected, u.AverageAnswerDays);
        }

        return book.ToBytes();
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}

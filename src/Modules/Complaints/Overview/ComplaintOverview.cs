using Microsoft.EntityFrameworkCore;
using Pamong.Complaints.Data;
using Pamong.Complaints.Deadlines;
using Pamong.Complaints.Handling;

namespace Pamong.Complaints.Overview;

/// <summary>The leaders' read-only overview: figures per unit and for the whole Pemda.</summary>
public sealed class ComplaintOverview(ComplaintsDb db, ComplaintCalendar calendar, ComplaintEscalation escalation)
{
    public async Task<(UnitFigures Total, IReadOnlyList<UnitFigures> Units)> FiguresAsync(CancellationToken ct)
    {
        await escalation.RunAsync(ct);
        var today = calendar.Today;
        var rows = await db.Complaints.AsNoTracking()
            .Select(c => new Complaint
            {
                UnitCode = c.UnitCode,
                UnitName = c.UnitName,
                Status = c.Status,
                FiledAt = c.FiledAt,
                AnsweredAt = c.AnsweredAt,
                VerifyDueOn = c.VerifyDueOn,
                AnswerDueOn = c.AnswerDueOn,
                RespondDueOn = c.RespondDueOn,
            })
            .ToListAsync(ct);
        var units = rows.GroupBy(r => (r.UnitCode, r.UnitName))
            .Select(g => Figures(g.Key.UnitCode, g.Key.UnitName, g.ToList(), today))
            .OrderByDescending(u => u.Overdue).ThenByDescending(u => u.Open).ThenBy(u => u.UnitName, StringComparer.Ordinal)
            .ToList();
        return (Figures("", "", rows, today), units);
    }

    private static UnitFigures Figures(string code, string name, List<Complaint> rows, DateOnly today)
    {
        var answered = rows.Where(r => r.AnsweredAt is not null).ToList();
        return new UnitFigures(
            code, name, rows.Count,
            rows.Count(r => r.IsOpen),
            rows.Count(r => ComplaintQueue.IsOverdue(r, today)),
            answered.Count,
            rows.Count(r => r.Status == ComplaintStatus.Closed),
            rows.Count(r => r.Status == ComplaintStatus.Rejected),
            answered.Count == 0 ? null : Math.Round(answered.Average(r => (r.AnsweredAt!.Value - r.FiledAt).TotalDays), 1));
    }
}

using Microsoft.EntityFrameworkCore;
using Pamong.Complaints.Data;
using Pamong.Complaints.Deadlines;
using Pamong.Complaints.Tracking;
using Pamong.Platform.Web;

namespace Pamong.Complaints.Handling;

/// <summary>The complaints an officer may see, filtered, sorted and paged, with the deadline each is waiting on.</summary>
public sealed class ComplaintQueue(ComplaintsDb db, ComplaintUnits units, ComplaintCalendar calendar, ComplaintEscalation escalation)
{
    public async Task<Paged<QueueRow>> SearchAsync(ComplaintOfficer officer, QueueFilter filter, CancellationToken ct)
    {
        await escalation.RunAsync(ct);
        var today = calendar.Today;
        var query = db.Complaints.AsNoTracking().Where(officer.Visible());
        query = (filter.Status?.Trim().ToLowerInvariant()) switch
        {
            "open" => query.Where(c => c.Status == ComplaintStatus.Submitted || c.Status == ComplaintStatus.InProgress || c.Status == ComplaintStatus.Answered),
            { } s when Enum.TryParse<ComplaintStatus>(s, true, out var status) => query.Where(c => c.Status == status),
            _ => query,
        };
        if (!string.IsNullOrWhiteSpace(filter.Unit) && await units.FindAsync(filter.Unit, ct) is { } unit)
        {
            query = query.Where(c => c.UnitId == unit.Id || c.EscalatedUnitId == unit.Id);
        }

        if (filter.Overdue)
        {
            query = query.Where(c => (c.Status == ComplaintStatus.Submitted && c.VerifyDueOn < today) || (c.Status == ComplaintStatus.InProgress && c.AnswerDueOn < today));
        }

        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var words = filter.Q.Trim();
            var code = TrackingCode.Normalize(words);
            var lower = words.ToLowerInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // Runs as SQL lower(), the same on both engines; no .NET culture is involved.
            query = query.Where(c => c.TrackingCode == code || c.Title.ToLower().Contains(lower));
#pragma warning restore CA1304, CA1311, CA1862
        }

        query = filter.Sort switch
        {
            "filed" => query.OrderBy(c => c.FiledAt).ThenBy(c => c.Id),
            "-filed" => query.OrderByDescending(c => c.FiledAt).ThenByDescending(c => c.Id),
            _ => query.OrderBy(c => c.Status == ComplaintStatus.Submitted ? 0 : c.Status == ComplaintStatus.InProgress ? 0 : c.Status == ComplaintStatus.Answered ? 1 : 2)
                .ThenBy(c => c.Status == ComplaintStatus.Submitted ? (DateOnly?)c.VerifyDueOn : c.Status == ComplaintStatus.Answered ? c.RespondDueOn : c.AnswerDueOn)
                .ThenBy(c => c.Id),
        };
        var (page, size) = Paging.Clamp(filter.Page, filter.PageSize);
        var total = await query.CountAsync(ct);
        var rows = await query.Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return new Paged<QueueRow>(rows.Select(c => Row(c, today)).ToList(), page, size, total);
    }

    public static DateOnly? DueOn(Complaint c) => c.Status switch
    {
        ComplaintStatus.Submitted => c.VerifyDueOn,
        ComplaintStatus.InProgress => c.AnswerDueOn,
        ComplaintStatus.Answered => c.RespondDueOn,
        _ => null,
    };

    public static bool IsOverdue(Complaint c, DateOnly today) =>
        c.Status is ComplaintStatus.Submitted or ComplaintStatus.InProgress && DueOn(c) < today;

    private static QueueRow Row(Complaint c, DateOnly today) =>
        new(c.Id, c.TrackingCode, c.Title, c.Category, c.UnitCode, c.UnitName, c.EscalatedUnitName, c.Status, c.FiledAt, DueOn(c), IsOverdue(c, today));
}

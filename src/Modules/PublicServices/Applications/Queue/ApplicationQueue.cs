using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Pamong.Platform.Web;
using Pamong.PublicServices.Applications.Processing;
using Pamong.PublicServices.Calendar;
using Pamong.PublicServices.Data;

namespace Pamong.PublicServices.Applications.Queue;

/// <summary>
/// The officer's queue: applications whose current step their seat handles (desa, kecamatan or OPD), or
/// every application for leaders and inspectors (read-only); filtered, sorted, paged, with the working days left.
/// </summary>
public sealed class ApplicationQueue(PublicServicesDb db, OfficerSeats officerSeats, WorkingDayCalendar calendar)
{
    public async Task<Paged<QueueRow>> ListAsync(ClaimsPrincipal user, QueueFilter filter, CancellationToken ct = default)
    {
        var (page, size) = Paging.Clamp(filter.Page, filter.PageSize);
        var seats = await officerSeats.ForAsync(user, ct);
        var query = ScopeOf(user, seats);
        var today = calendar.Today();
        query = Filter(query, filter, today);
        var total = await query.CountAsync(ct);
        var sorted = (filter.Sort ?? "tenggat") switch
        {
            "masuk" => query.OrderBy(a => a.SubmittedAt),
            "terbaru" => query.OrderByDescending(a => a.SubmittedAt),
            _ => query.OrderBy(a => a.StepDueOn == null).ThenBy(a => a.StepDueOn).ThenBy(a => a.SubmittedAt),
        };
        var rows = await sorted.Skip((page - 1) * size).Take(size)
            .Select(a => new
            {
                Application = a,
                Service = db.Services.Where(s => s.Id == a.ServiceId).Select(s => new { s.Code, s.Name }).First(),
                Step = db.WorkflowSteps.Where(s => s.WorkflowVersionId == a.WorkflowVersionId && s.Order == a.CurrentStep).FirstOrDefault(),
            })
            .AsNoTracking().ToListAsync(ct);
        var days = await calendar.LoadAsync(ct);
        var items = rows.Select(r =>
        {
            var a = r.Application;
            var open = a.Status is ApplicationStatus.Submitted or ApplicationStatus.InProgress;
            int? left = open && a.StepDueOn is { } due ? days.Between(today, due) : null;
            var canAct = open && r.Step is not null && StepAuthority.Holds(seats, r.Step, a.VillageCode);
            return new QueueRow(a.Number, r.Service.Code, r.Service.Name, a.ApplicantName, a.VillageCode, a.Channel, a.Status, a.CurrentStep,
                r.Step?.Name, r.Step?.AllowBulkApprove ?? false, a.SubmittedAt, a.StepDueOn, left, open && a.StepDueOn < today, canAct);
        }).ToList();
        return new Paged<QueueRow>(items, page, size, total);
    }

    /// <summary>Every application matching the filter (for the CSV export), at most <paramref name="limit"/>.</summary>
    public async Task<IReadOnlyList<QueueRow>> ExportAsync(ClaimsPrincipal user, QueueFilter filter, int limit, CancellationToken ct = default)
    {
        var all = new List<QueueRow>();
        for (var page = 1; all.Count < limit; page++)
        {
            var paged = await ListAsync(user, filter with { Page = page, PageSize = Paging.MaxSize }, ct);
            all.AddRange(paged.Items);
            if (!paged.HasNext)
            {
                break;
            }
        }

        return all.Take(limit).ToList();
    }

    private IQueryable<Application> ScopeOf(ClaimsPrincipal user, IReadOnlyList<OfficerSeat> seats)
    {
        var query = db.Applications.AsNoTracking();
        if (ApplicationAccess.ReadsEverything(user))
        {
            return query;
        }

        return seats.Count == 0 ? query.Where(_ => false) : query.Where(StepAuthority.AtSeats(db, seats));
    }

    private IQueryable<Application> Filter(IQueryable<Application> query, QueueFilter filter, DateOnly today)
    {
        if (!string.IsNullOrWhiteSpace(filter.Service))
        {
            var code = filter.Service.Trim();
            query = query.Where(a => db.Services.Any(s => s.Id == a.ServiceId && s.Code == code));
        }

        if (!string.IsNullOrWhiteSpace(filter.Village))
        {
            var village = filter.Village.Trim();
            query = query.Where(a => a.VillageCode == village || a.VillageCode.StartsWith(village + "."));
        }

        var status = (filter.Status ?? QueueFilter.Active).Trim();
        if (status == QueueFilter.Active || filter.Overdue)
        {
            query = query.Where(a => a.Status == ApplicationStatus.Submitted || a.Status == ApplicationStatus.InProgress);
        }
        else if (Enum.TryParse<ApplicationStatus>(status, ignoreCase: true, out var named) && status != QueueFilter.All)
        {
            query = query.Where(a => a.Status == named);
        }

        return filter.Overdue ? query.Where(a => a.StepDueOn < today) : query;
    }
}

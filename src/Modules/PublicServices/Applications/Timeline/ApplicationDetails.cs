using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pamong.PublicServices.Applications.Processing;
using Pamong.PublicServices.Calendar;
using Pamong.PublicServices.Data;
using Pamong.PublicServices.Workflows;

namespace Pamong.PublicServices.Applications.Timeline;

/// <summary>Reads an application for someone allowed to see it (applicant, its officers, leaders, the partner that sent it).</summary>
public sealed class ApplicationDetails(PublicServicesDb db, OfficerSeats officerSeats, WorkingDayCalendar calendar)
{
    public async Task<ApplicationDetail?> ForAsync(string? number, ClaimsPrincipal user, CancellationToken ct = default)
    {
        var @case = await ApplicationCase.LoadAsync(db, number, tracked: false, ct);
        var seats = await officerSeats.ForAsync(user, ct);
        if (@case is null || !ApplicationAccess.CanView(user, seats, @case))
        {
            return null;
        }

        var a = @case.Application;
        var events = await db.ApplicationEvents.AsNoTracking().Where(e => e.ApplicationId == a.Id).OrderBy(e => e.At).ToListAsync(ct);
        var files = await db.ApplicationFiles.AsNoTracking().Where(f => f.ApplicationId == a.Id).OrderBy(f => f.FieldKey)
            .Select(f => new { f.Id, f.FieldKey, f.FileName, f.ContentType, f.Length, f.Sha256 }).ToListAsync(ct);
        var answers = JsonSerializer.Deserialize<Dictionary<string, string>>(a.AnswersJson) ?? [];
        var label = @case.Fields.ToDictionary(f => f.Key, f => f.Label);
        var today = calendar.Today();
        var open = @case.IsOpen;
        int? left = open && a.StepDueOn is { } due ? (await calendar.LoadAsync(ct)).Between(today, due) : null;
        var stepName = @case.Steps.ToDictionary(s => s.Order, s => s.Name);
        return new ApplicationDetail(
            a.Number, @case.Service.Code, @case.Service.Name, a.Status, a.Channel, a.PartnerName, a.ApplicantNik, a.ApplicantName, a.VillageCode,
            a.SubmittedAt, a.CompletedAt, a.CurrentStep, a.StepDueOn, left, open && a.StepDueOn < today, a.DocumentId,
            @case.Steps.Select(s => new StepView(s.Order, s.Name, s.Level, s.Role, s.UnitCode, s.SlaWorkingDays, s.AllowReturn, s.AllowReject, s.AllowBulkApprove)).ToList(),
            @case.Fields.Where(f => f.Type != FieldType.File).Select(f => new AnswerView(f.Key, f.Label, f.Type.ToString(), answers.GetValueOrDefault(f.Key))).ToList(),
            files.Select(f => new FileView(f.Id, f.FieldKey, label.GetValueOrDefault(f.FieldKey, f.FieldKey), f.FileName, f.ContentType, f.Length, f.Sha256)).ToList(),
            events.Select(e => new EventView(e.At, e.Action, e.StepOrder, e.StepOrder is { } o ? stepName.GetValueOrDefault(o) : null, e.ActorName, e.Reason)).ToList(),
            AllowedActions(user, seats, @case));
    }

    /// <summary>The file's content, when the caller may see the application.</summary>
    public async Task<ApplicationFile?> FileAsync(string? number, Guid id, ClaimsPrincipal user, CancellationToken ct = default)
    {
        var @case = await ApplicationCase.LoadAsync(db, number, tracked: false, ct);
        if (@case is null || !ApplicationAccess.CanView(user, await officerSeats.ForAsync(user, ct), @case))
        {
            return null;
        }

        return await db.ApplicationFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id && f.ApplicationId == @case.Application.Id, ct);
    }

    private static List<string> AllowedActions(ClaimsPrincipal user, IReadOnlyList<OfficerSeat> seats, ApplicationCase @case)
    {
        var actions = new List<string>();
        if (ApplicationAccess.CanAct(seats, @case))
        {
            var step = @case.CurrentStep!;
            actions.Add("approve");
            if (step.AllowReturn)
            {
                actions.Add("return");
            }

            if (step.AllowReject)
            {
                actions.Add("reject");
            }
        }

        var id = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (@case.Application.Status == ApplicationStatus.Returned && id is not null
            && (@case.Application.ApplicantUserId == id || @case.Application.AssistedByUserId == id))
        {
            actions.Add("resubmit");
        }

        return actions;
    }
}

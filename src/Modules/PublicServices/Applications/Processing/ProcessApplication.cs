using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pamong.Platform.AuditTrail;
using Pamong.Platform.Web;
using Pamong.PublicServices.Applications.Notices;
using Pamong.PublicServices.Applications.Submitting;
using Pamong.PublicServices.Calendar;
using Pamong.PublicServices.Data;

namespace Pamong.PublicServices.Applications.Processing;

/// <summary>What an officer decided at a step, or what the applicant did with a returned application.</summary>
public enum Decision
{
    Approve,
    Return,
    Reject,
}

/// <summary>
/// The actions on an application: approve (to the next step, or completed after the last one), return for
/// revision and reject (both with a reason), and the applicant's resubmission of a returned application.
/// Each is authorised (role and area of the current step), audited with its reason, put on the timeline and
/// notified to the applicant, in one save.
/// </summary>
public sealed class ProcessApplication(
    PublicServicesDb db, OfficerSeats officerSeats, WorkingDayCalendar calendar, ApplicationNotices notices, ApplicationForm form,
    AuditActor actor, ResultDocumentStep documents, TimeProvider clock, IStringLocalizer<PublicServicesText> text)
{
    public const int MaxReasonLength = 2000;

    /// <param name="bulk">Part of a bulk approval: only where the step allows bulk approval.</param>
    public async Task<Outcome<Application>> DecideAsync(string number, Decision decision, string? reason, ClaimsPrincipal user, bool bulk = false, CancellationToken ct = default)
    {
        var @case = await ApplicationCase.LoadAsync(db, number, tracked: true, ct);
        var seats = await officerSeats.ForAsync(user, ct);
        if (@case is null || !ApplicationAccess.CanView(user, seats, @case))
        {
            return Refusal.NotFound("application_not_found", text["application_not_found"]);
        }

        if (Refuse(@case, decision, reason, seats, bulk) is { } refusal)
        {
            return refusal;
        }

        var application = @case.Application;
        var step = @case.CurrentStep!;
        var now = clock.GetUtcNow().UtcDateTime;
        var trimmed = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        actor.GiveReason(trimmed);
        var action = decision switch
        {
            Decision.Return => ApplicationActions.Returned,
            Decision.Reject => ApplicationActions.Rejected,
            _ => ApplicationActions.Approved,
        };
        AddEvent(application, action, step.Order, user, trimmed, now);
        var completed = false;
        switch (decision)
        {
            case Decision.Return:
                application.Status = ApplicationStatus.Returned;
                application.StepDueOn = null;
                break;
            case Decision.Reject:
                application.Status = ApplicationStatus.Rejected;
                application.StepDueOn = null;
                break;
            default:
                if (@case.NextStep is { } next)
                {
                    application.Status = ApplicationStatus.InProgress;
                    application.CurrentStep = next.Order;
                    application.StepDueOn = (await calendar.LoadAsync(ct)).Add(calendar.Today(), next.SlaWorkingDays);
                }
                else
                {
                    application.Status = ApplicationStatus.Completed;
                    application.CompletedAt = now;
                    application.StepDueOn = null;
                    // Right after the approval, so that the timeline reads in order.
                    AddEvent(application, ApplicationActions.Completed, step.Order, user, null, now.AddMilliseconds(1));
                    completed = true;
                }

                break;
        }

        application.Revision++;
        notices.Enqueue(application, @case.Service.Name, completed ? ApplicationActions.Completed : action, trimmed);
        if (await SaveAsync(ct) is { } conflict)
        {
            return conflict;
        }

        if (completed)
        {
            await documents.IssueAsync(application, ct);
        }

        return application;
    }

    /// <summary>The applicant (or the operator who applied for them) sends a returned application back, with changed answers or files.</summary>
    public async Task<Outcome<Application>> ResubmitAsync(string number, IReadOnlyDictionary<string, string?> answers, IReadOnlyList<Upload> files,
        ClaimsPrincipal user, CancellationToken ct = default)
    {
        var @case = await ApplicationCase.LoadAsync(db, number, tracked: true, ct);
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (@case is null || userId is null || (@case.Application.ApplicantUserId != userId && @case.Application.AssistedByUserId != userId))
        {
            return Refusal.NotFound("application_not_found", text["application_not_found"]);
        }

        var application = @case.Application;
        if (application.Status != ApplicationStatus.Returned || @case.CurrentStep is not { } step)
        {
            return Refusal.Conflict("application_not_returned", text["application_not_returned"]);
        }

        var existing = await db.ApplicationFiles.Where(f => f.ApplicationId == application.Id).ToListAsync(ct);
        var checkedForm = form.Check(@case.Fields, answers, files, existing.Select(f => f.FieldKey).ToHashSet(), calendar.Today());
        if (checkedForm.Problems.Count > 0)
        {
            return Refusal.Combine(checkedForm.Problems);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var file in checkedForm.Files)
        {
            db.ApplicationFiles.RemoveRange(existing.Where(f => f.FieldKey == file.Upload.FieldKey));
            db.ApplicationFiles.Add(SubmitApplication.ToFile(application.Id, file, now));
        }

        application.AnswersJson = JsonSerializer.Serialize(checkedForm.Answers);
        application.Status = step.Order == @case.Steps[0].Order ? ApplicationStatus.Submitted : ApplicationStatus.InProgress;
        application.StepDueOn = (await calendar.LoadAsync(ct)).Add(calendar.Today(), step.SlaWorkingDays);
        application.Revision++;
        AddEvent(application, ApplicationActions.Resubmitted, step.Order, user, null, now);
        notices.Enqueue(application, @case.Service.Name, ApplicationActions.Resubmitted);
        return await SaveAsync(ct) is { } conflict ? conflict : application;
    }

    private Refusal? Refuse(ApplicationCase @case, Decision decision, string? reason, IReadOnlyList<OfficerSeat> seats, bool bulk)
    {
        if (!@case.IsOpen || @case.CurrentStep is not { } step)
        {
            return Refusal.Conflict("application_not_open", text["application_not_open"]);
        }

        if (!StepAuthority.Holds(seats, step, @case.Application.VillageCode))
        {
            return Refusal.Forbidden("step_not_yours", text["step_not_yours"]);
        }

        if (bulk && !step.AllowBulkApprove)
        {
            return Refusal.Conflict("bulk_not_allowed", text["bulk_not_allowed"]);
        }

        if ((decision == Decision.Return && !step.AllowReturn) || (decision == Decision.Reject && !step.AllowReject))
        {
            return Refusal.Conflict("action_not_allowed", text["action_not_allowed"]);
        }

        if (decision != Decision.Approve && string.IsNullOrWhiteSpace(reason))
        {
            return Refusal.OnField("reason_required", "Reason", text["reason_required"]);
        }

        return reason?.Trim().Length > MaxReasonLength
            ? Refusal.OnField("reason_too_long", "Reason", text["reason_too_long", MaxReasonLength])
            : null;
    }

    private void AddEvent(Application application, string action, int step, ClaimsPrincipal user, string? reason, DateTime at) =>
        db.ApplicationEvents.Add(new ApplicationEvent
        {
            Id = Guid.NewGuid(),
            ApplicationId = application.Id,
            At = at,
            Action = action,
            StepOrder = step,
            ActorUserId = user.FindFirstValue(ClaimTypes.NameIdentifier),
            ActorName = ApplicationAccess.ActorName(user),
            Reason = reason,
        });

    private async Task<Refusal?> SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return new Refusal(StatusCodes.Status409Conflict, "application_changed", text["application_changed"], new Dictionary<string, string[]>());
        }
    }
}

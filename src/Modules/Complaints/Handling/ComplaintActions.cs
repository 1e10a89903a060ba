using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pamong.Complaints.Data;
using Pamong.Complaints.Deadlines;
using Pamong.Platform.AuditTrail;
using Pamong.Platform.Web;

namespace Pamong.Complaints.Handling;

/// <summary>
/// The officers' steps of the SP4N-LAPOR flow: the liaison verifies and routes (or re-routes, or rejects as not a
/// complaint); the unit answers; a complaint whose answer is not disputed is closed. Each step is audited, written
/// to the timeline and told to the complainant.
/// </summary>
public sealed class ComplaintActions(
    ComplaintsDb db, ComplaintUnits units, ComplaintCalendar calendar, ComplaintNotices notices, ComplaintEscalation escalation,
    AuditActor actor, IStringLocalizer<ComplaintText> text)
{
    public async Task<Outcome<Complaint>> RouteAsync(ComplaintOfficer officer, int id, RouteInput input, CancellationToken ct)
    {
        var found = await FindAsync(officer, id, ct);
        if (found.Refusal is { } missing)
        {
            return missing;
        }

        var complaint = found.Value!;
        if (!officer.Manages)
        {
            return Refusal.Forbidden("complaint_forbidden", text["OnlyLiaisonRoutes"]);
        }

        if (complaint.Status is not (ComplaintStatus.Submitted or ComplaintStatus.InProgress))
        {
            return Refusal.Conflict("complaint_not_routable", text["NotRoutable", text["Status_" + complaint.Status]]);
        }

        var unit = string.IsNullOrWhiteSpace(input.UnitCode) ? await units.FindAsync(complaint.UnitCode, ct) : await units.FindAsync(input.UnitCode, ct);
        if (unit is null)
        {
            return Refusal.OnField("complaint_unit_unknown", nameof(RouteInput.UnitCode), text["UnitUnknown", input.UnitCode?.Trim() ?? complaint.UnitCode]);
        }

        var note = input.Note?.Trim();
        if (note?.Length > ComplaintLimits.Reason)
        {
            return Refusal.OnField("complaint_invalid", nameof(RouteInput.Note), text["TooLong", ComplaintLimits.Reason]);
        }

        var settings = await calendar.SettingsAsync(ct);
        var rerouted = complaint.Status == ComplaintStatus.InProgress;
        if (rerouted && unit.Id == complaint.UnitId)
        {
            return Refusal.OnField("complaint_same_unit", nameof(RouteInput.UnitCode), text["SameUnit"]);
        }

        (complaint.UnitId, complaint.UnitCode, complaint.UnitName, complaint.UnitKind, complaint.UnitRegionCode) =
            (unit.Id, unit.Code, unit.Name, unit.Kind.ToString(), unit.RegionCode);
        (complaint.EscalatedUnitId, complaint.EscalatedUnitName, complaint.EscalationLevel) = (null, null, 0);
        complaint.Simple = input.Simple;
        complaint.Status = ComplaintStatus.InProgress;
        complaint.RoutedAt = calendar.Now;
        complaint.AnswerDueOn = await calendar.AfterWorkingDaysAsync(input.Simple ? settings.SimpleAnswerWorkingDays : settings.AnswerWorkingDays, ct);
        complaint.Events.Add(Event(rerouted ? ComplaintAction.Rerouted : ComplaintAction.Routed, unit.Name, note));
        actor.GiveReason(note);
        await db.SaveChangesAsync(ct);
        await notices.StatusAsync(complaint, text["NoticeRouted", unit.Name, IndonesianDate(complaint.AnswerDueOn.Value)], ct);
        await notices.ToUnitAsync(complaint, unit.Id, text["NoticeUnitRouted", IndonesianDate(complaint.AnswerDueOn.Value)], ct);
        return complaint;
    }

    public async Task<Outcome<Complaint>> RejectAsync(ComplaintOfficer officer, int id, ReasonInput input, CancellationToken ct)
    {
        var found = await FindAsync(officer, id, ct);
        if (found.Refusal is { } missing)
        {
            return missing;
        }

        var complaint = found.Value!;
        if (!officer.Manages)
        {
            return Refusal.Forbidden("complaint_forbidden", text["OnlyLiaisonRejects"]);
        }

        if (complaint.Status != ComplaintStatus.Submitted)
        {
            return Refusal.Conflict("complaint_not_rejectable", text["NotRejectable", text["Status_" + complaint.Status]]);
        }

        if (Reason(input.Reason) is { } invalid)
        {
            return invalid;
        }

        complaint.Status = ComplaintStatus.Rejected;
        complaint.ClosedAt = calendar.Now;
        complaint.Events.Add(Event(ComplaintAction.Rejected, null, input.Reason!.Trim()));
        actor.GiveReason(input.Reason);
        await db.SaveChangesAsync(ct);
        await notices.StatusAsync(complaint, text["NoticeRejected", input.Reason.Trim()], ct);
        return complaint;
    }

    public async Task<Outcome<Complaint>> AnswerAsync(ComplaintOfficer officer, int id, AnswerInput input, CancellationToken ct)
    {
        var found = await FindAsync(officer, id, ct);
        if (found.Refusal is { } missing)
        {
            return missing;
        }

        var complaint = found.Value!;
        if (!officer.CanAct(complaint))
        {
            return Refusal.Forbidden("complaint_forbidden", text["NotYourUnit"]);
        }

        if (complaint.Status != ComplaintStatus.InProgress)
        {
            return Refusal.Conflict("complaint_not_answerable", text["NotAnswerable", text["Status_" + complaint.Status]]);
        }

        var answer = input.Answer?.Trim() ?? "";
        if (answer.Length == 0 || answer.Length > ComplaintLimits.Answer)
        {
            return Refusal.OnField("complaint_answer_invalid", nameof(AnswerInput.Answer),
                answer.Length == 0 ? text["AnswerRequired"] : text["TooLong", ComplaintLimits.Answer]);
        }

        var settings = await calendar.SettingsAsync(ct);
        complaint.Status = ComplaintStatus.Answered;
        complaint.AnsweredAt = calendar.Now;
        complaint.RespondDueOn = calendar.Today.AddDays(settings.RespondDays);
        complaint.Events.Add(Event(ComplaintAction.Answered, complaint.EscalatedUnitName ?? complaint.UnitName, answer));
        await db.SaveChangesAsync(ct);
        await notices.StatusAsync(complaint, text["NoticeAnswered", IndonesianDate(complaint.RespondDueOn.Value)], ct);
        return complaint;
    }

    public async Task<Outcome<Complaint>> CloseAsync(ComplaintOfficer officer, int id, ReasonInput input, CancellationToken ct)
    {
        var found = await FindAsync(officer, id, ct);
        if (found.Refusal is { } missing)
        {
            return missing;
        }

        var complaint = found.Value!;
        if (!officer.CanAct(complaint))
        {
            return Refusal.Forbidden("complaint_forbidden", text["NotYourUnit"]);
        }

        if (complaint.Status != ComplaintStatus.Answered)
        {
            return Refusal.Conflict("complaint_not_closable", text["NotClosable", text["Status_" + complaint.Status]]);
        }

        if (Reason(input.Reason) is { } invalid)
        {
            return invalid;
        }

        complaint.Status = ComplaintStatus.Closed;
        complaint.ClosedAt = calendar.Now;
        complaint.Events.Add(Event(ComplaintAction.Closed, null, input.Reason!.Trim()));
        actor.GiveReason(input.Reason);
        await db.SaveChangesAsync(ct);
        await notices.StatusAsync(complaint, text["NoticeClosed"], ct);
        return complaint;
    }

    /// <summary>A complaint the officer may see (with its timeline and files), after any due escalation; 404 otherwise.</summary>
    public async Task<Outcome<Complaint>> FindAsync(ComplaintOfficer officer, int id, CancellationToken ct)
    {
        await escalation.RunAsync(ct);
        var complaint = await db.Complaints.Include(c => c.Events).Include(c => c.Files).AsSplitQuery().FirstOrDefaultAsync(c => c.Id == id, ct);
        return complaint is not null && officer.CanView(complaint)
            ? complaint
            : Refusal.NotFound("complaint_not_found", text["ComplaintNotFound"]);
    }

    private Refusal? Reason(string? reason)
    {
        var trimmed = reason?.Trim() ?? "";
        return trimmed.Length == 0 ? Refusal.OnField("complaint_reason_required", nameof(ReasonInput.Reason), text["ReasonRequired"])
            : trimmed.Length > ComplaintLimits.Reason ? Refusal.OnField("complaint_reason_required", nameof(ReasonInput.Reason), text["TooLong", ComplaintLimits.Reason])
            : null;
    }

    private ComplaintEvent Event(ComplaintAction action, string? unitName, string? note) =>
        new() { At = calendar.Now, Action = action, ActorName = actor.Name, UnitName = unitName, Text = string.IsNullOrEmpty(note) ? null : note };

    private static string IndonesianDate(DateOnly date) => date.ToString("d MMMM yyyy", Platform.Localization.IndonesianFormat.Indonesian);
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pamong.Complaints.Data;
using Pamong.Complaints.Deadlines;
using Pamong.Complaints.Handling;
using Pamong.Platform.Web;

namespace Pamong.Complaints.Tracking;

/// <summary>
/// The complainant's side after filing, by tracking code alone (the code is the secret): the status and public
/// timeline, and the response to an answer.
/// </summary>
public sealed class ComplaintTracking(
    ComplaintsDb db, ComplaintCalendar calendar, ComplaintEscalation escalation, ComplaintNotices notices, IStringLocalizer<ComplaintText> text)
{
    public async Task<Outcome<Complaint>> FindAsync(string? code, CancellationToken ct)
    {
        var normal = TrackingCode.Normalize(code);
        if (normal is null)
        {
            return Refusal.OnField("complaint_code_invalid", "Code", text["CodeInvalid"]);
        }

        await escalation.RunAsync(ct);
        var complaint = await db.Complaints.Include(c => c.Events).AsSplitQuery().FirstOrDefaultAsync(c => c.TrackingCode == normal, ct);
        return complaint is null ? Refusal.NotFound("complaint_not_found", text["CodeNotFound"]) : complaint;
    }

    public async Task<Outcome<Complaint>> RespondAsync(string? code, ResponseInput input, CancellationToken ct)
    {
        var found = await FindAsync(code, ct);
        if (found.Refusal is { } refusal)
        {
            return refusal;
        }

        var complaint = found.Value!;
        if (complaint.Status != ComplaintStatus.Answered)
        {
            return Refusal.Conflict("complaint_not_answered", text["NotAwaitingResponse"]);
        }

        var comment = input.Comment?.Trim();
        if (input.Satisfied is null)
        {
            return Refusal.OnField("complaint_response_invalid", nameof(ResponseInput.Satisfied), text["ResponseRequired"]);
        }

        if (comment?.Length > ComplaintLimits.Reason || (input.Satisfied == false && string.IsNullOrEmpty(comment)))
        {
            return Refusal.OnField("complaint_response_invalid", nameof(ResponseInput.Comment),
                string.IsNullOrEmpty(comment) ? text["CommentRequired"] : text["TooLong", ComplaintLimits.Reason]);
        }

        var note = string.IsNullOrEmpty(comment) ? null : comment;
        if (input.Satisfied == true)
        {
            complaint.Status = ComplaintStatus.Closed;
            complaint.ClosedAt = calendar.Now;
            complaint.Events.Add(new ComplaintEvent { At = calendar.Now, Action = ComplaintAction.Satisfied, ActorName = ComplaintEvents.Complainant, Text = note });
            await db.SaveChangesAsync(ct);
            return complaint;
        }

        complaint.Events.Add(new ComplaintEvent { At = calendar.Now, Action = ComplaintAction.NotSatisfied, ActorName = ComplaintEvents.Complainant, Text = note });
        if (!await escalation.EscalateAsync(complaint, text["EscalatedNotSatisfied"], ct))
        {
            // Already at the Pemda: back to the same desk with a fresh deadline.
            var settings = await calendar.SettingsAsync(ct);
            complaint.Status = ComplaintStatus.InProgress;
            complaint.AnswerDueOn = await calendar.AfterWorkingDaysAsync(settings.EscalatedAnswerWorkingDays, ct);
        }

        complaint.RespondDueOn = null;
        await db.SaveChangesAsync(ct);
        await notices.ToUnitAsync(complaint, complaint.EscalatedUnitId ?? complaint.UnitId, text["NoticeUnitNotSatisfied"], ct);
        return complaint;
    }
}

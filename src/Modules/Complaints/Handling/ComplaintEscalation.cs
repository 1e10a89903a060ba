using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pamong.Complaints.Data;
using Pamong.Complaints.Deadlines;

namespace Pamong.Complaints.Handling;

/// <summary>
/// What happens when a deadline passes, applied whenever complaints are read (and by <see cref="EscalationJob"/>):
/// an unanswered complaint past its answer deadline goes up to the unit's superior (desa → kecamatan → Pemda) with
/// a new deadline; an answer the complainant has not responded to within the response period closes the complaint.
/// </summary>
public sealed class ComplaintEscalation(
    ComplaintsDb db, ComplaintUnits units, ComplaintCalendar calendar, ComplaintNotices notices, IStringLocalizer<ComplaintText> text)
{
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var today = calendar.Today;
        var late = await db.Complaints
            .Where(c => (c.Status == ComplaintStatus.InProgress && c.AnswerDueOn < today) || (c.Status == ComplaintStatus.Answered && c.RespondDueOn < today))
            .ToListAsync(ct);
        var changed = 0;
        foreach (var complaint in late)
        {
            changed += complaint.Status == ComplaintStatus.Answered ? await CloseUnansweredAsync(complaint, ct) : await EscalateAsync(complaint, ct);
        }

        return changed;
    }

    /// <summary>Sends the complaint one level up (also when the complainant is not satisfied); false at the top.</summary>
    public async Task<bool> EscalateAsync(Complaint complaint, string? why, CancellationToken ct)
    {
        var superior = await units.SuperiorAsync(complaint, ct);
        if (superior is null)
        {
            return false;
        }

        var settings = await calendar.SettingsAsync(ct);
        complaint.EscalatedUnitId = superior.Id;
        complaint.EscalatedUnitName = superior.Name;
        complaint.EscalationLevel++;
        complaint.Status = ComplaintStatus.InProgress;
        complaint.AnswerDueOn = await calendar.AfterWorkingDaysAsync(settings.EscalatedAnswerWorkingDays, ct);
        complaint.Events.Add(new ComplaintEvent { At = calendar.Now, Action = ComplaintAction.Escalated, ActorName = ComplaintEvents.System, UnitName = superior.Name, Text = why });
        return true;
    }

    private async Task<int> EscalateAsync(Complaint complaint, CancellationToken ct)
    {
        var dueOn = complaint.AnswerDueOn!.Value;
        if (!await EscalateAsync(complaint, text["EscalatedLate", dueOn.ToString("d MMMM yyyy", Platform.Localization.IndonesianFormat.Indonesian)], ct))
        {
            return 0;
        }

        await db.SaveChangesAsync(ct);
        await notices.ToUnitAsync(complaint, complaint.EscalatedUnitId!.Value, text["NoticeUnitEscalated", complaint.UnitName], ct);
        await notices.StatusAsync(complaint, text["NoticeEscalated", complaint.EscalatedUnitName!], ct);
        return 1;
    }

    private async Task<int> CloseUnansweredAsync(Complaint complaint, CancellationToken ct)
    {
        complaint.Status = ComplaintStatus.Closed;
        complaint.ClosedAt = calendar.Now;
        complaint.Events.Add(new ComplaintEvent { At = calendar.Now, Action = ComplaintAction.ClosedUnanswered, ActorName = ComplaintEvents.System });
        await db.SaveChangesAsync(ct);
        return 1;
    }
}

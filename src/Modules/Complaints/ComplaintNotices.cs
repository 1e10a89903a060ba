using Microsoft.Extensions.Localization;
using Pamong.Platform.Data;
using Pamong.Platform.Notifications;

namespace Pamong.Complaints;

/// <summary>
/// Messages about a complaint through the platform outbox: to the complainant (by e-mail, or SMS when only a
/// phone number was given) and to the officers of a unit that receives or is escalated a complaint.
/// </summary>
public sealed class ComplaintNotices(PamongDb platform, Outbox outbox, ComplaintUnits units, IStringLocalizer<ComplaintText> text)
{
    public Task FiledAsync(Complaint c, CancellationToken ct) =>
        ToComplainantAsync(c, text["NoticeFiledSubject", c.TrackingCode], text["NoticeFiledBody", c.Title, c.TrackingCode], ct);

    public Task StatusAsync(Complaint c, string what, CancellationToken ct) =>
        ToComplainantAsync(c, text["NoticeStatusSubject", c.TrackingCode], text["NoticeStatusBody", c.TrackingCode, what], ct);

    public async Task ToUnitAsync(Complaint c, int unitId, string what, CancellationToken ct)
    {
        foreach (var email in await units.OfficerEmailsAsync(unitId, ct))
        {
            outbox.Enqueue(Channel.Email, email, text["NoticeUnitSubject", c.TrackingCode], text["NoticeUnitBody", c.TrackingCode, c.Title, what, c.Id]);
        }

        await platform.SaveChangesAsync(ct);
    }

    private async Task ToComplainantAsync(Complaint c, string subject, string body, CancellationToken ct)
    {
        if (c.ComplainantEmail is { } email)
        {
            outbox.Enqueue(Channel.Email, email, subject, body);
        }
        else if (c.ComplainantPhone is { } phone)
        {
            outbox.Enqueue(Channel.Sms, phone, "", body);
        }
        else
        {
            return;
        }

        await platform.SaveChangesAsync(ct);
    }
}

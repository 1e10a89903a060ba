using System.Globalization;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Notifications;
using Pamong.PublicServices.Data;

namespace Pamong.PublicServices.Applications.Notices;

/// <summary>
/// Tells the applicant what happened to their application, by e-mail and SMS to the contacts given when applying.
/// The messages join the caller's unit of work (the platform's outbox table), so they go out only if the change is saved.
/// Always in Indonesian: the applicant reads them, not the officer who acted.
/// </summary>
public sealed class ApplicationNotices(PublicServicesDb db, TimeProvider clock, IStringLocalizer<PublicServicesText> text)
{
    private static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");

    /// <summary>Queues the notice of <paramref name="action"/> (an <see cref="ApplicationActions"/> key); returns how many messages.</summary>
    public int Enqueue(Application application, string serviceName, string action, string? reason = null)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = Indonesian;
        try
        {
            var subject = text["Notice_Subject", application.Number, serviceName].Value;
            var body = text["Notice_" + action, application.Number, serviceName].Value;
            if (!string.IsNullOrWhiteSpace(reason))
            {
                body += " " + text["Notice_Reason", reason.Trim()].Value;
            }

            body += " " + text["Notice_Track", application.Number].Value;
            var count = 0;
            count += Add(Channel.Email, application.ContactEmail, subject, body);
            count += Add(Channel.Sms, application.ContactPhone, "", body);
            return count;
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    private int Add(Channel channel, string? recipient, string subject, string body)
    {
        if (Recipient.Normalize(channel, recipient) is not { } to)
        {
            return 0;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        db.Add(new OutboxMessage
        {
            Channel = channel,
            Recipient = to,
            Subject = subject.Length > Outbox.MaxSubjectLength ? subject[..Outbox.MaxSubjectLength] : subject,
            Body = body,
            CreatedAt = now,
            NextAttemptAt = now,
        });
        return 1;
    }
}

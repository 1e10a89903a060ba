using System.Globalization;
using MimeKit;

namespace Pamong.Platform.Notifications;

/// <summary>Builds the e-mail for an outbox message (plain text, UTF-8, a Message-ID stable across retries).</summary>
public static class EmailMessage
{
    public static MimeMessage Build(OutboxMessage message, string from)
    {
        var mail = new MimeMessage
        {
            Subject = message.Subject,
            Date = new DateTimeOffset(DateTime.SpecifyKind(message.CreatedAt, DateTimeKind.Utc)),
            MessageId = string.Create(CultureInfo.InvariantCulture, $"outbox-{message.Id}.{message.TenantId}@pamong"),
            Body = new TextPart("plain") { Text = message.Body },
        };
        mail.From.Add(MailboxAddress.Parse(from));
        mail.To.Add(MailboxAddress.Parse(message.Recipient));
        return mail;
    }
}

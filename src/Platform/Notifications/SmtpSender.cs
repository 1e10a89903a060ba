using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;

namespace Pamong.Platform.Notifications;

/// <summary>Sends e-mail through an SMTP server (Notifications:Smtp), one connection per message.</summary>
public sealed class SmtpSender(IOptions<NotificationOptions> options) : IMessageSender
{
    public const string SenderName = "smtp";

    public string Name => SenderName;

    public bool Handles(Channel channel) => channel == Channel.Email;

    public async Task SendAsync(OutboxMessage message, CancellationToken ct)
    {
        var smtp = options.Value.Smtp;
        using var client = new SmtpClient { Timeout = smtp.TimeoutSeconds * 1000 };
        var security = !smtp.UseTls ? SecureSocketOptions.None
            : smtp.Port == 465 ? SecureSocketOptions.SslOnConnect
            : SecureSocketOptions.StartTls;
        await client.ConnectAsync(smtp.Host ?? throw new MessageNotSentException("Notifications:Smtp:Host is not set."), smtp.Port, security, ct);
        if (!string.IsNullOrEmpty(smtp.User))
        {
            await client.AuthenticateAsync(smtp.User, smtp.Password ?? "", ct);
        }

        await client.SendAsync(EmailMessage.Build(message, smtp.From), ct);
        await client.DisconnectAsync(quit: true, ct);
    }
}

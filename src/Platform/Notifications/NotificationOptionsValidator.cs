using Microsoft.Extensions.Options;

namespace Pamong.Platform.Notifications;

/// <summary>Refuses to start with a notification configuration that cannot send (an unknown sender, SMTP without a host, ...).</summary>
internal sealed class NotificationOptionsValidator : IValidateOptions<NotificationOptions>
{
    private static readonly string[] Known = [FolderSender.SenderName, SmtpSender.SenderName, GatewaySender.SenderName];

    public ValidateOptionsResult Validate(string? name, NotificationOptions options)
    {
        var problems = new List<string>();
        if (options.Senders.Count == 0)
        {
            problems.Add("Notifications:Channel names no sender; use folder, smtp, gateway or a comma-separated list.");
        }

        problems.AddRange(options.Senders.Where(s => !Known.Contains(s))
            .Select(s => $"Notifications:Channel names an unknown sender '{s}'; use folder, smtp or gateway."));
        if (options.Senders.Contains(SmtpSender.SenderName) && string.IsNullOrWhiteSpace(options.Smtp.Host))
        {
            problems.Add("Notifications:Smtp:Host is required when Notifications:Channel includes smtp.");
        }

        if (options.Senders.Contains(SmtpSender.SenderName) && !MimeKit.MailboxAddress.TryParse(options.Smtp.From, out _))
        {
            problems.Add("Notifications:Smtp:From must be an e-mail address, e.g. \"Pamong <noreply@example.go.id>\".");
        }

        if (options.Senders.Contains(GatewaySender.SenderName) && !Uri.TryCreate(options.Gateway.Url, UriKind.Absolute, out _))
        {
            problems.Add("Notifications:Gateway:Url must be an absolute URL when Notifications:Channel includes gateway.");
        }

        if (options.PollSeconds < 1 || options.MaxAttempts < 1 || options.RetryBaseSeconds < 1 || options.LeaseSeconds < 1 || options.BatchSize < 1)
        {
            problems.Add("Notifications:PollSeconds, MaxAttempts, RetryBaseSeconds, LeaseSeconds and BatchSize must be at least 1.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}

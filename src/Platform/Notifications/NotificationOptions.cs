namespace Pamong.Platform.Notifications;

/// <summary>The "Notifications" configuration section (see docs/notifications.md).</summary>
public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    /// <summary>
    /// The senders to use, comma-separated, tried in order for each message's channel: "folder" (everything
    /// into the data folder's mailbox; the default, for development and demos), "smtp" (e-mail) and
    /// "gateway" (SMS and WhatsApp over HTTP). A live deployment typically says "smtp,gateway".
    /// </summary>
    public string Channel { get; set; } = "folder";

    /// <summary>Whether this process runs the background dispatcher (several instances may; they never send a message twice at once).</summary>
    public bool Dispatcher { get; set; } = true;

    public int PollSeconds { get; set; } = 10;

    /// <summary>Tries before a message is given up (marked failed).</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The wait after the first failure; it doubles after each further failure, up to <see cref="RetryMaxSeconds"/>.</summary>
    public int RetryBaseSeconds { get; set; } = 30;

    public int RetryMaxSeconds { get; set; } = 3600;

    /// <summary>How long a dispatcher holds a message it is sending; after that another may take it over.</summary>
    public int LeaseSeconds { get; set; } = 120;

    public int BatchSize { get; set; } = 50;

    public SmtpOptions Smtp { get; set; } = new();

    public GatewayOptions Gateway { get; set; } = new();

    public IReadOnlyList<string> Senders =>
        Channel.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(s => s.ToLowerInvariant()).ToList();

    public bool UsesFolder => Senders.Contains(FolderSender.SenderName);

    /// <summary>The wait after the given number of failed tries: base × 2^(tries − 1), capped.</summary>
    public TimeSpan RetryDelay(int failedAttempts) =>
        TimeSpan.FromSeconds(Math.Min(RetryMaxSeconds, RetryBaseSeconds * Math.Pow(2, Math.Max(0, failedAttempts - 1))));
}

public sealed class SmtpOptions
{
    public string? Host { get; set; }

    /// <summary>587 (STARTTLS) by default; 465 means TLS from the start.</summary>
    public int Port { get; set; } = 587;

    public string? User { get; set; }
    public string? Password { get; set; }

    /// <summary>The sender, e.g. "Pamong Kabupaten Banyuwangi &lt;noreply@banyuwangikab.go.id&gt;".</summary>
    public string From { get; set; } = "Pamong <noreply@pamong.local>";

    public bool UseTls { get; set; } = true;

    public int TimeoutSeconds { get; set; } = 30;
}

public sealed class GatewayOptions
{
    /// <summary>The HTTP endpoint that takes <c>POST {"to","channel","text"}</c> and answers 2xx when it accepted the message.</summary>
    public string? Url { get; set; }

    /// <summary>Sent as <c>Authorization: Bearer &lt;token&gt;</c>.</summary>
    public string? Token { get; set; }

    public int TimeoutSeconds { get; set; } = 30;
}

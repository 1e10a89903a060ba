using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using Pamong.Platform.Data;

namespace Pamong.Platform.Notifications;

/// <summary>
/// Development and demo sender: writes every message into {Database:DataFolder}/mailbox/{tenant}/, e-mail
/// as .eml (opens in any mail program), SMS and WhatsApp as .txt. Nothing leaves the server.
/// </summary>
public sealed class FolderSender(IOptions<DatabaseOptions> database, IOptions<NotificationOptions> options) : IMessageSender
{
    public const string SenderName = "folder";

    public string Name => SenderName;

    public string Folder => Path.Combine(Path.GetFullPath(database.Value.DataFolder), "mailbox");

    public bool Handles(Channel channel) => true;

    public async Task SendAsync(OutboxMessage message, CancellationToken ct)
    {
        var folder = Path.Combine(Folder, Path.GetFileName(message.TenantId));
        Directory.CreateDirectory(folder);
        var path = PathOf(message);
        if (message.Channel == Channel.Email)
        {
            await EmailMessage.Build(message, options.Value.Smtp.From).WriteToAsync(path, ct);
            return;
        }

        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"Saluran: {message.Channel}\n")
            .Append(CultureInfo.InvariantCulture, $"Kepada: {message.Recipient}\n")
            .Append(CultureInfo.InvariantCulture, $"Dibuat: {message.CreatedAt:yyyy-MM-ddTHH:mm:ssZ}\n\n")
            .Append(message.Body).Append('\n');
        await File.WriteAllTextAsync(path, text.ToString(), Encoding.UTF8, ct);
    }

    /// <summary>Where the message is (or will be) written; the same file on every retry.</summary>
    public string PathOf(OutboxMessage message) => Path.Combine(Folder, Path.GetFileName(message.TenantId),
        string.Create(CultureInfo.InvariantCulture, $"{message.Id:D8}-{message.Channel.ToString().ToLowerInvariant()}.{(message.Channel == Channel.Email ? "eml" : "txt")}"));
}

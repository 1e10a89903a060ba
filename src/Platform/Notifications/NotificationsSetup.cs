using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Pamong.Platform.Accounts;
using Pamong.Platform.Modules;
using Pamong.Platform.Web;

namespace Pamong.Platform.Notifications;

/// <summary>The outbox, its dispatcher, the senders and the development mailbox page.</summary>
public static class NotificationsSetup
{
    public static IServiceCollection AddNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(NotificationOptions.Section);
        services.AddOptions<NotificationOptions>().Bind(section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<NotificationOptions>, NotificationOptionsValidator>();

        services.AddScoped<Outbox>();
        services.AddHttpClient(GatewaySender.HttpClientName);
        services.AddSingleton<IMessageSender, FolderSender>();
        services.AddSingleton<IMessageSender, SmtpSender>();
        services.AddSingleton<IMessageSender, GatewaySender>();
        services.AddSingleton<MessageSenders>();
        services.AddSingleton<OutboxDispatcher>();
        if (section.GetValue(nameof(NotificationOptions.Dispatcher), true))
        {
            services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        }

        var options = section.Get<NotificationOptions>() ?? new NotificationOptions();
        if (options.UsesFolder)
        {
            Navigation.PlatformMenu.Add(new MenuItem("Mailbox", MailboxPath, Permissions.ReadDevMailbox));
        }

        return services;
    }

    public const string MailboxPath = "/dev/kotak-surat";
}

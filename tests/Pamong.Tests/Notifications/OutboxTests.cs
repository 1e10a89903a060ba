using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Pamong.Platform.Data;
using Pamong.Platform.Notifications;
using Pamong.Platform.Tenancy;
using Pamong.Tests.Infrastructure;

namespace Pamong.Tests.Notifications;

public abstract class OutboxTests(PamongApp app)
{
    private static string NewTenant() => "uji-" + Guid.NewGuid().ToString("N")[..10];

    private async Task<OutboxMessage> Enqueue(string tenant, Channel channel = Channel.Email, string to = "warga@example.id", bool save = true)
    {
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentTenant>().Set(tenant);
        var message = scope.ServiceProvider.GetRequiredService<Outbox>().Enqueue(channel, to, "Kode masuk Pamong", "Kode sekali pakai Anda: 482913. Berlaku 10 menit.");
        if (save)
        {
            await scope.ServiceProvider.GetRequiredService<PamongDb>().SaveChangesAsync();
        }

        return message;
    }

    private Task<OutboxMessage?> Load(string tenant, long id) =>
        app.WithDb(db => db.OutboxMessages.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id), tenant);

    private OutboxDispatcher Dispatcher(FakeSender sender, int maxAttempts = 8)
    {
        var options = Options.Create(new NotificationOptions { Channel = sender.Name, MaxAttempts = maxAttempts, RetryBaseSeconds = 30, RetryMaxSeconds = 3600 });
        return new OutboxDispatcher(app.Services.GetRequiredService<IServiceScopeFactory>(), new MessageSenders([sender], options), options,
            app.Clock, NullLogger<OutboxDispatcher>.Instance);
    }

    [SkippableFact]
    public async Task A_message_enqueued_without_SaveChanges_is_never_sent()
    {
        app.SkipIfUnavailable();
        var tenant = NewTenant();
        await Enqueue(tenant, save: false);

        var result = await app.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(tenant, default);

        Assert.Equal(new DispatchResult(0, 0, 0), result);
        Assert.False(await app.WithDb(db => db.OutboxMessages.AnyAsync(), tenant));
        Assert.False(Directory.Exists(Path.Combine(app.Services.GetServices<IMessageSender>().OfType<FolderSender>().Single().Folder, tenant)));
    }

    [SkippableFact]
    public async Task A_saved_email_is_written_to_the_mailbox_folder_and_marked_sent()
    {
        app.SkipIfUnavailable();
        var tenant = NewTenant();
        var message = await Enqueue(tenant);

        var result = await app.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(tenant, default);

        Assert.Equal(new DispatchResult(1, 0, 0), result);
        var sent = await Load(tenant, message.Id);
        Assert.Equal((OutboxStatus.Sent, 1, app.Clock.GetUtcNow().UtcDateTime, null), (sent!.Status, sent.Attempts, sent.SentAt, sent.LeaseUntil));
        var file = app.Services.GetServices<IMessageSender>().OfType<FolderSender>().Single().PathOf(sent);
        var mail = await MimeKit.MimeMessage.LoadAsync(file);
        Assert.Equal(("Kode masuk Pamong", "warga@example.id"), (mail.Subject, mail.To.Mailboxes.Single().Address));
        Assert.Contains("482913", mail.TextBody, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task An_SMS_goes_to_a_text_file_with_the_number_in_E164_form()
    {
        app.SkipIfUnavailable();
        var tenant = NewTenant();
        var message = await Enqueue(tenant, Channel.Sms, "0812-3456-7890");

        await app.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(tenant, default);

        var sent = await Load(tenant, message.Id);
        Assert.Equal("+6281234567890", sent!.Recipient);
        var text = await File.ReadAllTextAsync(app.Services.GetServices<IMessageSender>().OfType<FolderSender>().Single().PathOf(sent));
        Assert.Contains("Kepada: +6281234567890", text, StringComparison.Ordinal);
        Assert.Contains("482913", text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_message_saved_before_a_crash_is_sent_by_the_next_dispatcher()
    {
        app.SkipIfUnavailable();
        var tenant = NewTenant();
        var message = await Enqueue(tenant);

        // A new dispatcher, as after a restart, finds the saved message.
        var sender = new FakeSender();
        await Dispatcher(sender).DispatchDueAsync(tenant, default);

        Assert.Equal(message.Id, Assert.Single(sender.Sent).Id);
        Assert.Equal(OutboxStatus.Sent, (await Load(tenant, message.Id))!.Status);
    }

    [SkippableFact]
    public async Task A_message_held_by_a_dispatcher_that_died_is_sent_once_its_lease_ends()
    {
        app.SkipIfUnavailable();
        var tenant = NewTenant();
        var message = await Enqueue(tenant);
        var leaseEnd = app.Clock.GetUtcNow().UtcDateTime.AddMinutes(2);
        await app.WithDb(db => db.OutboxMessages.Where(m => m.Id == message.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseUntil, leaseEnd)), tenant);
        var sender = new FakeSender();
        var start = app.Clock.GetUtcNow();
        try
        {
            await Dispatcher(sender).DispatchDueAsync(tenant, default);
            Assert.Empty(sender.Sent);

            app.Clock.Advance(TimeSpan.FromMinutes(3));
            await Dispatcher(sender).DispatchDueAsync(tenant, default);
            Assert.Single(sender.Sent);
        }
        finally
        {
            app.Clock.Set(start);
        }
    }

    [SkippableFact]
    public async Task A_failing_message_is_retried_with_exponential_back_off_then_given_up()
    {
        app.SkipIfUnavailable();
        var tenant = NewTenant();
        var message = await Enqueue(tenant, to: "penuh@example.id");
        var sender = new FakeSender { Refuse = { "penuh@example.id" } };
        var dispatcher = Dispatcher(sender, maxAttempts: 4);
        var start = app.Clock.GetUtcNow();
        try
        {
            async Task<OutboxMessage> PassAt(int seconds)
            {
                app.Clock.Set(start.AddSeconds(seconds));
                await dispatcher.DispatchDueAsync(tenant, default);
                return (await Load(tenant, message.Id))!;
            }

            var first = await PassAt(0);
            Assert.Equal((1, start.UtcDateTime.AddSeconds(30), OutboxStatus.Waiting), (first.Attempts, first.NextAttemptAt, first.Status));
            Assert.Equal("MessageNotSentException: 421 layanan sedang sibuk", first.LastError);

            Assert.Equal(1, (await PassAt(29)).Attempts);
            Assert.Equal((2, start.UtcDateTime.AddSeconds(90)), ((await PassAt(30)).Attempts, (await Load(tenant, message.Id))!.NextAttemptAt));
            Assert.Equal((3, start.UtcDateTime.AddSeconds(210)), ((await PassAt(90)).Attempts, (await Load(tenant, message.Id))!.NextAttemptAt));

            var last = await PassAt(210);
            Assert.Equal((4, OutboxStatus.Failed, start.UtcDateTime.AddSeconds(210)), (last.Attempts, last.Status, last.FailedAt));

            await PassAt(100_000);
            Assert.Equal(4, sender.Calls);
        }
        finally
        {
            app.Clock.Set(start);
        }
    }

    [SkippableFact]
    public async Task A_message_that_failed_once_is_sent_on_the_retry()
    {
        app.SkipIfUnavailable();
        var tenant = NewTenant();
        var message = await Enqueue(tenant);
        var sender = new FakeSender { FailFirst = 1 };
        var start = app.Clock.GetUtcNow();
        try
        {
            Assert.Equal(new DispatchResult(0, 1, 0), await Dispatcher(sender).DispatchDueAsync(tenant, default));
            app.Clock.Advance(TimeSpan.FromSeconds(30));
            Assert.Equal(new DispatchResult(1, 0, 0), await Dispatcher(sender).DispatchDueAsync(tenant, default));

            var sent = (await Load(tenant, message.Id))!;
            Assert.Equal((OutboxStatus.Sent, 2), (sent.Status, sent.Attempts));
        }
        finally
        {
            app.Clock.Set(start);
        }
    }

    [SkippableFact]
    public async Task Two_dispatchers_running_at_once_send_every_message_exactly_once()
    {
        app.SkipIfUnavailable();
        var tenant = NewTenant();
        for (var i = 0; i < 12; i++)
        {
            await Enqueue(tenant, to: $"warga{i}@example.id");
        }

        var sender = new FakeSender { Delay = TimeSpan.FromMilliseconds(10) };
        var passes = await Task.WhenAll(Dispatcher(sender).DispatchDueAsync(tenant, default), Dispatcher(sender).DispatchDueAsync(tenant, default));

        Assert.Equal(12, passes.Sum(p => p.Sent));
        Assert.Equal(12, sender.Sent.Select(m => m.Recipient).Distinct().Count());
        Assert.Equal(12, sender.Sent.Count);
    }

    [SkippableFact]
    public async Task A_channel_that_no_configured_sender_handles_fails_with_a_clear_error()
    {
        app.SkipIfUnavailable();
        var tenant = NewTenant();
        var message = await Enqueue(tenant, Channel.WhatsApp, "+6281234567890");

        await Dispatcher(new FakeSender("smtp-only", Channel.Email)).DispatchDueAsync(tenant, default);

        var failed = (await Load(tenant, message.Id))!;
        Assert.Equal(1, failed.Attempts);
        Assert.Contains("No configured sender handles WhatsApp", failed.LastError, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Enqueue_refuses_a_recipient_the_channel_cannot_reach()
    {
        app.SkipIfUnavailable();
        var tenant = NewTenant();
        await Assert.ThrowsAsync<ArgumentException>(() => Enqueue(tenant, Channel.Email, "bukan-email"));
        await Assert.ThrowsAsync<ArgumentException>(() => Enqueue(tenant, Channel.Sms, "12345"));
        Assert.False(await app.WithDb(db => db.OutboxMessages.AnyAsync(), tenant));
    }

    [SkippableFact]
    public async Task Another_tenants_outbox_is_not_visible()
    {
        app.SkipIfUnavailable();
        var mine = NewTenant();
        var message = await Enqueue(mine);
        Assert.Null(await Load(NewTenant(), message.Id));
        Assert.NotNull(await Load(mine, message.Id));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class OutboxTestsOnSqlite(SqliteApp app) : OutboxTests(app);

[Collection(PostgresCollection.Name)]
public sealed class OutboxTestsOnPostgres(PostgresApp app) : OutboxTests(app);

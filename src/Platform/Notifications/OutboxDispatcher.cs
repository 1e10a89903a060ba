using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pamong.Platform.Data;

namespace Pamong.Platform.Notifications;

/// <summary>
/// Sends the outbox: every <see cref="NotificationOptions.PollSeconds"/> it takes the due messages of all
/// tenants, claims each one with a conditional update (a lease, so two instances never send the same
/// message at once), hands it to its sender and marks it sent, or schedules a retry with exponential
/// back-off, or gives up after <see cref="NotificationOptions.MaxAttempts"/>. Delivery is at least once:
/// a process that dies after sending but before marking may send the message again once its lease ends.
/// Logs name messages by id and tenant only, never by recipient or content.
/// </summary>
public sealed class OutboxDispatcher(IServiceScopeFactory scopes, MessageSenders senders, IOptions<NotificationOptions> options,
    TimeProvider clock, ILogger<OutboxDispatcher> log) : BackgroundService
{
    public const int MaxErrorLength = 2000;

    /// <summary>Upper bound of batches in one pass, so that a pass ends even under a steady stream.</summary>
    private const int MaxBatchesPerPass = 20;

    private NotificationOptions Options => options.Value;

    /// <summary>One pass: sends every message that is due now, batch by batch.</summary>
    public Task<DispatchResult> DispatchDueAsync(CancellationToken ct = default) => DispatchDueAsync(null, ct);

    /// <summary>One pass over one tenant's messages only (tests, which share a database, use it to stay apart).</summary>
    internal async Task<DispatchResult> DispatchDueAsync(string? onlyTenant, CancellationToken ct)
    {
        var result = new DispatchResult(0, 0, 0);
        for (var batch = 0; batch < MaxBatchesPerPass; batch++)
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<PamongDb>();
            var now = Now();
            var due = await Messages(db)
                .Where(m => onlyTenant == null || m.TenantId == onlyTenant)
                .Where(m => m.SentAt == null && m.FailedAt == null && m.NextAttemptAt <= now && (m.LeaseUntil == null || m.LeaseUntil < now))
                .OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id)
                .Select(m => m.Id)
                .Take(Options.BatchSize)
                .ToListAsync(ct);
            foreach (var id in due)
            {
                result = result.Add(await DispatchAsync(db, id, ct));
            }

            if (due.Count < Options.BatchSize)
            {
                break;
            }
        }

        return result;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (Options.UsesFolder)
        {
            log.LogWarning("Notifications:Channel includes 'folder': messages are written to the data folder's mailbox, not delivered.");
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Options.PollSeconds), clock);
        do
        {
            try
            {
                await DispatchDueAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                log.LogError(e, "An outbox dispatch pass failed; the next pass tries again.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task<DispatchOutcome> DispatchAsync(PamongDb db, long id, CancellationToken ct)
    {
        var now = Now();
        var leaseEnd = now.AddSeconds(Options.LeaseSeconds);
        var claimed = await Messages(db)
            .Where(m => m.Id == id && m.SentAt == null && m.FailedAt == null && (m.LeaseUntil == null || m.LeaseUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseUntil, leaseEnd), ct);
        if (claimed == 0)
        {
            return DispatchOutcome.Skipped;
        }

        var message = await Messages(db).AsNoTracking().SingleAsync(m => m.Id == id, ct);
        try
        {
            var sender = senders.For(message.Channel)
                ?? throw new MessageNotSentException($"No configured sender handles {message.Channel} (Notifications:Channel is '{Options.Channel}').");
            await sender.SendAsync(message, ct);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            return await FailedAsync(db, message, e, ct);
        }

        var sentAt = Now();
        await Messages(db).Where(m => m.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.SentAt, sentAt)
            .SetProperty(m => m.Attempts, m => m.Attempts + 1)
            .SetProperty(m => m.LeaseUntil, (DateTime?)null), ct);
        log.LogInformation("Outbox message {MessageId} of tenant {Tenant} sent by {Channel} on attempt {Attempt}.",
            id, message.TenantId, message.Channel, message.Attempts + 1);
        return DispatchOutcome.Sent;
    }

    private async Task<DispatchOutcome> FailedAsync(PamongDb db, OutboxMessage message, Exception error, CancellationToken ct)
    {
        var attempts = message.Attempts + 1;
        var now = Now();
        var giveUp = attempts >= Options.MaxAttempts;
        var next = giveUp ? message.NextAttemptAt : now + Options.RetryDelay(attempts);
        var text = $"{error.GetType().Name}: {error.Message}";
        text = text.Length > MaxErrorLength ? text[..MaxErrorLength] : text;
        await Messages(db).Where(m => m.Id == message.Id).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Attempts, attempts)
            .SetProperty(m => m.LastError, text)
            .SetProperty(m => m.NextAttemptAt, next)
            .SetProperty(m => m.FailedAt, giveUp ? now : null)
            .SetProperty(m => m.LeaseUntil, (DateTime?)null), ct);

        if (giveUp)
        {
            log.LogError("Outbox message {MessageId} of tenant {Tenant} given up after {Attempts} attempts ({Error}).",
                message.Id, message.TenantId, attempts, error.GetType().Name);
            return DispatchOutcome.GaveUp;
        }

        log.LogWarning("Outbox message {MessageId} of tenant {Tenant} failed on attempt {Attempt} of {MaxAttempts} ({Error}); next try at {NextAttempt:O}.",
            message.Id, message.TenantId, attempts, Options.MaxAttempts, error.GetType().Name, next);
        return DispatchOutcome.Failed;
    }

    private static IQueryable<OutboxMessage> Messages(PamongDb db) => db.OutboxMessages.IgnoreQueryFilters();

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;
}

/// <summary>What one pass did: messages sent, failed (to be retried) and given up.</summary>
public sealed record DispatchResult(int Sent, int Failed, int GaveUp)
{
    internal DispatchResult Add(DispatchOutcome outcome) => outcome switch
    {
        DispatchOutcome.Sent => this with { Sent = Sent + 1 },
        DispatchOutcome.Failed => this with { Failed = Failed + 1 },
        DispatchOutcome.GaveUp => this with { GaveUp = GaveUp + 1 },
        _ => this,
    };
}

internal enum DispatchOutcome
{
    Skipped,
    Sent,
    Failed,
    GaveUp,
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pamong.Platform.Data;
using Pamong.Platform.Modules;
using Pamong.Platform.Tenancy;

namespace Pamong.Complaints.Handling;

/// <summary>
/// Applies due escalations and closings for every Pemda that uses the module, every
/// <see cref="EscalationJobOptions.IntervalMinutes"/>, so that a late complaint reaches the superior (and its
/// notice goes out) even when nobody opens the queue. Reads do the same on their own.
/// </summary>
internal sealed class EscalationJob(IServiceScopeFactory scopes, TenantDirectory tenants, IOptions<EscalationJobOptions> options, ILogger<EscalationJob> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.IntervalMinutes <= 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(options.Value.IntervalMinutes));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            foreach (var tenant in tenants.All)
            {
                try
                {
                    await RunForAsync(tenant.Id, stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    log.LogError(e, "Complaint escalation failed for {Tenant}", tenant.Id);
                }
            }
        }
    }

    private async Task RunForAsync(string tenant, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentTenant>().Set(tenant);
        if (await scope.ServiceProvider.GetRequiredService<ModuleCatalog>().IsEnabledAsync(scope.ServiceProvider.GetRequiredService<PamongDb>(), "pengaduan", ct))
        {
            var changed = await scope.ServiceProvider.GetRequiredService<ComplaintEscalation>().RunAsync(ct);
            if (changed > 0)
            {
                log.LogInformation("Escalated or closed {Count} complaints of {Tenant}", changed, tenant);
            }
        }
    }
}

/// <summary>Configuration "Complaints:EscalationJob": how often the job runs (0 turns it off; reads still escalate).</summary>
public sealed class EscalationJobOptions
{
    public const string Section = "Complaints:EscalationJob";

    public int IntervalMinutes { get; set; } = 15;
}

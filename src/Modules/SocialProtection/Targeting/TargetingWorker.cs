using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pamong.Platform.Tenancy;

namespace Pamong.SocialProtection.Targeting;

/// <summary>Computes queued targeting runs one at a time in the background; the run row shows the progress.</summary>
internal sealed class TargetingWorker(TargetingQueue queue, IServiceScopeFactory scopes, ILogger<TargetingWorker> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var (tenant, runId) in queue.ReadAllAsync(stoppingToken))
        {
            using var scope = scopes.CreateScope();
            scope.ServiceProvider.GetRequiredService<CurrentTenant>().Set(tenant);
            try
            {
                await scope.ServiceProvider.GetRequiredService<TargetingRuns>().ExecuteAsync(runId, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Targeting run {RunId} of {Tenant} failed", runId, tenant);
            }
        }
    }
}

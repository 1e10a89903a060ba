using Microsoft.Extensions.DependencyInjection;
using Pamong.Platform.Data;
using Pamong.Platform.Tenancy;

namespace Pamong.PublicServices.Applications.Tracking;

/// <summary>
/// Runs the tracking query once (for a number that cannot exist) before the app reports ready, so that the first
/// public requests after a start or a deployment do not wait behind its translation to SQL and pile up: under a
/// steady stream of anonymous tracking requests that backlog is what made the first seconds slow (each queued
/// request then opened its own database connection at once).
/// </summary>
internal sealed class TrackingAtStartup : IStartupStep
{
    public int Order => 95;

    public async Task RunAsync(IServiceProvider services, CancellationToken ct)
    {
        using var scope = services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentTenant>().Set("warm-up");
        await scope.ServiceProvider.GetRequiredService<Tracker>().FindAsync($"{Numbering.ApplicationNumbers.Prefix}-2000-000001", "0000000000000000", ct);
    }
}

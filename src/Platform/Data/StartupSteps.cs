using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Pamong.Platform.Data;

/// <summary>Work done once when the product starts, after the database is migrated (region import, demo data).</summary>
public interface IStartupStep
{
    /// <summary>Lower runs first.</summary>
    int Order { get; }

    Task RunAsync(IServiceProvider services, CancellationToken ct);
}

public static class StartupSteps
{
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken ct = default)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PamongDb>();
        await db.Database.MigrateAsync(ct);
    }

    /// <summary>Migrates the database and runs every registered step in order.</summary>
    public static async Task RunAllAsync(IServiceProvider services, CancellationToken ct = default)
    {
        var log = services.GetRequiredService<ILoggerFactory>().CreateLogger("Pamong.Startup");
        await MigrateAsync(services, ct);
        foreach (var step in services.GetServices<IStartupStep>().OrderBy(s => s.Order))
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            await step.RunAsync(services, ct);
            log.LogInformation("Startup step {Step} finished in {Elapsed}", step.GetType().Name, System.Diagnostics.Stopwatch.GetElapsedTime(started));
        }
    }
}

using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Pamong.Platform.Data;
using Pamong.Platform.Tenancy;

namespace Pamong.SocialProtection.Targeting;

/// <summary><c>perlinsos-target PKH 2026 [--tenant banyuwangi] [--approve]</c>: computes a run in the foreground and prints its counts.</summary>
internal static class TargetingCommand
{
    public static readonly (string Help, Func<WebApplication, string[], Task<int>> Run) Help =
        ("Run a Perlinsos selection: perlinsos-target PROGRAM PERIOD [--tenant ID] [--approve].", RunAsync);

    private static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var positional = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        if (positional.Count < 2)
        {
            Console.Error.WriteLine("usage: perlinsos-target PROGRAM PERIOD [--tenant ID] [--approve]");
            return 2;
        }

        await StartupSteps.MigrateAsync(app.Services);
        var tenantIndex = Array.IndexOf(args, "--tenant");
        using var scope = app.Services.CreateScope();
        if (tenantIndex >= 0 && tenantIndex + 1 < args.Length)
        {
            scope.ServiceProvider.GetRequiredService<CurrentTenant>().Set(args[tenantIndex + 1]);
        }

        var runs = scope.ServiceProvider.GetRequiredService<TargetingRuns>();
        var started = await runs.StartAsync(positional[0], positional[1], CancellationToken.None, enqueue: false);
        if (started.Refusal is { } refusal)
        {
            Console.Error.WriteLine($"{refusal.Code}: {refusal.Detail}");
            return 1;
        }

        var run = started.Value!;
        await runs.ExecuteAsync(run.Id, CancellationToken.None);
        var diff = await runs.DiffAsync(run.Id, CancellationToken.None);
        Console.WriteLine($"Run {run.Id} v{run.Version}: {run.SelectedCount} selected, {run.EligibleCount} eligible of {run.Total}; +{diff?.Added.Count} −{diff?.Removed.Count}; digest {run.Digest}");
        if (args.Contains("--approve"))
        {
            var approved = await runs.ApproveAsync(run.Id, "perlinsos-target --approve", CancellationToken.None);
            Console.WriteLine(approved.Refusal?.Detail ?? $"Announced; appeals until {approved.Value!.AppealUntil:u}.");
        }

        return 0;
    }
}

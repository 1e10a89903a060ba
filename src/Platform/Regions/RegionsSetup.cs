using Microsoft.Extensions.DependencyInjection;
using Pamong.Platform.Data;

namespace Pamong.Platform.Regions;

public static class RegionsSetup
{
    public static IServiceCollection AddRegions(this IServiceCollection services)
    {
        services.AddSingleton<RegionImport>();
        services.AddSingleton<IStartupStep>(sp => sp.GetRequiredService<RegionImport>());
        CommandLine.Commands["import-regions"] = ("Load the shipped region list (again, with --force).", async (app, args) =>
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            await StartupSteps.MigrateAsync(app.Services);
            var count = await app.Services.GetRequiredService<RegionImport>().ImportAsync(args.Contains("--force"));
            Console.WriteLine($"Regions imported or updated: {count} in {System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds:F2} s");
            return 0;
        }
        );
        return services;
    }
}

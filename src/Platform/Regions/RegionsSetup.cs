using System.Diagnostics;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Pamong.Platform.Data;

namespace Pamong.Platform.Regions;

public static class RegionsSetup
{
    public static IServiceCollection AddRegions(this IServiceCollection services)
    {
        services.AddSingleton<RegionImport>();
        services.AddSingleton<IStartupStep>(sp => sp.GetRequiredService<RegionImport>());
        services.AddSingleton<RegionDirectory>();
        services.AddSingleton<IStartupStep>(sp => sp.GetRequiredService<RegionDirectory>());
        CommandLine.Commands["import-regions"] = ("Load the shipped region list (again, with --force).", async (app, args) =>
        {
            var started = Stopwatch.GetTimestamp();
            await StartupSteps.MigrateAsync(app.Services);
            var migrated = Stopwatch.GetElapsedTime(started);
            var count = await app.Services.GetRequiredService<RegionImport>().ImportAsync(args.Contains("--force"));
            var total = Stopwatch.GetElapsedTime(started);
            Console.WriteLine($"Regions imported or updated: {count} in {(total - migrated).TotalSeconds:F2} s (with migration {total.TotalSeconds:F2} s)");
            return 0;
        }
        );
        return services;
    }

    /// <summary>The region API (/api/v1/regions) and the CSV export of the region pages.</summary>
    public static IEndpointRouteBuilder MapRegions(this IEndpointRouteBuilder app)
    {
        app.MapRegionsApi();
        app.MapRegionExport();
        return app;
    }
}

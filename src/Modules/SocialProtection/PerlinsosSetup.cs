using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pamong.Platform;
using Pamong.Platform.Data;
using Pamong.SocialProtection.Data;
using Pamong.SocialProtection.DataQuality;
using Pamong.SocialProtection.Imports;
using Pamong.SocialProtection.Jobs;
using Pamong.SocialProtection.Registry;

namespace Pamong.SocialProtection;

internal static class PerlinsosSetup
{
    public const string HistoryTable = "__PerlinsosMigrations";

    public static void AddPerlinsos(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDb<PerlinsosDb, PerlinsosSqliteDb, PerlinsosPostgresDb>(configuration, HistoryTable);
        services.AddScoped<RegistryFields>();
        services.AddScoped<HouseholdEditor>();
        services.AddScoped<HouseholdSearch>();
        services.AddSingleton<ImportFiles>();
        services.AddScoped<HouseholdFile>();
        services.AddScoped<ImportStarter>();
        services.AddSingleton<JobQueue>();
        services.AddHostedService<JobRunner>();
        services.AddScoped<IJobWork, HouseholdImport>();
        services.AddScoped<IJobWork, DeathImport>();
        services.AddScoped<IJobWork, ExclusionImport>();
        services.Configure<QualityOptions>(configuration.GetSection(QualityOptions.Section));
        services.AddScoped<QualityPass>();
        services.AddScoped<FindingStore>();
        services.AddScoped<FindingQueue>();
        services.AddScoped<FindingResolver>();
        services.AddScoped<QualityStarter>();
        services.AddScoped<IJobWork, QualityPassJob>();
        services.AddSingleton<IStartupStep, Demo.DemoRegistry>();
        CommandLine.Commands.TryAdd(QualityCommand.Name, (QualityCommand.Help, (app, args) => QualityCommand.RunAsync(app.Services, args, Console.Out)));
        services.AddPerlinsosPrograms(configuration);
    }
}

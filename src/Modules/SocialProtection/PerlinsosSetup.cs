using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pamong.Platform.Data;
using Pamong.SocialProtection.Data;
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
    }
}

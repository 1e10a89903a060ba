using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pamong.Platform.Data;
using Pamong.SpbeAssessment.Architecture;
using Pamong.SpbeAssessment.Data;
using Pamong.SpbeAssessment.Instruments;
using Pamong.SpbeAssessment.Risks;

namespace Pamong.SpbeAssessment;

internal static class SpbeSetup
{
    public const string HistoryTable = "__SpbeMigrations";

    public static void AddSpbe(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<InstrumentLibrary>();
        services.AddSelfAssessment(configuration);
        services.AddModuleDb<SpbeDb, SpbeSqliteDb, SpbePostgresDb>(configuration, HistoryTable);
        services.AddArchitecture();
        services.AddRisks();
        services.AddScoped<Reports.ReportFiles>();
    }
}

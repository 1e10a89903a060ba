using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pamong.Platform.Data;
using Pamong.SpbeAssessment.Data;
using Pamong.SpbeAssessment.Instruments;

namespace Pamong.SpbeAssessment;

internal static class SpbeSetup
{
    public const string HistoryTable = "__SpbeMigrations";

    public static void AddSpbe(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<InstrumentLibrary>();
        services.AddSelfAssessment(configuration);
        services.AddModuleDb<SpbeDb, SpbeSqliteDb, SpbePostgresDb>(configuration, HistoryTable);
    }
}

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pamong.Platform.Data;
using Pamong.PublicServices.Calendar;
using Pamong.PublicServices.Data;

namespace Pamong.PublicServices;

internal static class PublicServicesSetup
{
    public const string HistoryTable = "__PublicServicesMigrations";

    public static void AddPublicServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDb<PublicServicesDb, PublicServicesSqliteDb, PublicServicesPostgresDb>(configuration, HistoryTable);
        services.AddScoped<WorkingDayCalendar>();
    }
}

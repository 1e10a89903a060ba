using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pamong.Platform.Data;
using Pamong.PublicServices.Calendar;
using Pamong.PublicServices.Catalogue;
using Pamong.PublicServices.Data;
using Pamong.PublicServices.Documents;
using Pamong.PublicServices.Workflows;

namespace Pamong.PublicServices;

internal static class PublicServicesSetup
{
    public const string HistoryTable = "__PublicServicesMigrations";

    public static void AddPublicServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDb<PublicServicesDb, PublicServicesSqliteDb, PublicServicesPostgresDb>(configuration, HistoryTable);
        services.AddScoped<WorkingDayCalendar>();
        services.AddScoped<HolidayEditor>();
        services.AddScoped<OpdUnits>();
        services.AddScoped<CatalogueSearch>();
        services.AddScoped<ServiceReader>();
        services.AddScoped<ServiceEditor>();
        services.AddScoped<WorkflowEditor>();
        services.AddSingleton<IStartupStep, Demo.DemoCatalogue>();
        services.AddScoped<ResultTemplates>();
        services.AddScoped<ResultDocument>();
        services.AddScoped<ResultDocumentAccess>();
        services.AddSingleton<IStartupStep, DemoResultTemplates>();
    }
}

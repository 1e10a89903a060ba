using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Pamong.Platform.Accounts;
using Pamong.Platform.Modules;
using Pamong.PublicServices.Satisfaction.Reports;
using Pamong.PublicServices.Satisfaction.Surveys;
using Pamong.PublicServices.Statistics;

namespace Pamong.PublicServices;

/// <summary>IKM surveys and reports, and the dashboards: services, routes and menu entries.</summary>
internal static class InsightSetup
{
    public static readonly IReadOnlyList<MenuItem> Menu =
    [
        new("ServiceDashboard", "/layanan/dasbor", Permissions.ReadServiceStatistics),
        new("IkmReport", "/layanan/ikm/laporan", Permissions.ReadServiceStatistics),
    ];

    public static void AddInsight(this IServiceCollection services)
    {
        services.AddScoped<SubmitSurvey>();
        services.AddScoped<IkmResults>();
        services.AddScoped<IkmSelection>();
        services.AddScoped<WorkdayCalendar>();
        services.AddSingleton<WorkdayCalendar.BuiltCalendars>();
        services.AddSingleton<Pamong.Platform.Data.IStartupStep, CalendarAtStartup>();
        services.AddScoped<ServiceStatistics>();
        services.AddScoped<StatisticsQuery>();
    }

    public static void MapInsightApi(this IEndpointRouteBuilder api)
    {
        api.MapIkmResultsApi();
        api.MapSurveyApi();
        api.MapStatisticsApi();
    }
}

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pamong.Complaints.Data;
using Pamong.Complaints.Deadlines;
using Pamong.Complaints.Filing;
using Pamong.Complaints.Handling;
using Pamong.Complaints.Overview;
using Pamong.Complaints.Tracking;
using Pamong.Platform.Data;

namespace Pamong.Complaints;

internal static class ComplaintsSetup
{
    public const string HistoryTable = "__ComplaintsMigrations";

    public static void AddComplaints(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDb<ComplaintsDb, ComplaintsSqliteDb, ComplaintsPostgresDb>(configuration, HistoryTable);
        services.Configure<AttachmentOptions>(configuration.GetSection(AttachmentOptions.Section));
        services.Configure<EscalationJobOptions>(configuration.GetSection(EscalationJobOptions.Section));
        services.AddSingleton<ClientLimiter>();
        services.AddScoped<PublicLimits>();
        services.AddScoped<ComplaintUnits>();
        services.AddScoped<ComplaintCalendar>();
        services.AddScoped<ComplaintNotices>();
        services.AddScoped<ComplaintFiling>();
        services.AddScoped<ComplaintEscalation>();
        services.AddScoped<ComplaintActions>();
        services.AddScoped<ComplaintTracking>();
        services.AddScoped<ComplaintQueue>();
        services.AddScoped<ComplaintOverview>();
        services.AddScoped<OverviewExport>();
        services.AddScoped<SettingsEditor>();
        services.AddHostedService<EscalationJob>();
        services.AddSingleton<IStartupStep, Demo.DemoComplaints>();
    }
}

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pamong.Platform.Accounts;
using Pamong.Platform.Modules;
using Pamong.PublicServices.Applications.Notices;
using Pamong.PublicServices.Applications.Processing;
using Pamong.PublicServices.Applications.Queue;
using Pamong.PublicServices.Applications.Submitting;
using Pamong.PublicServices.Applications.Tracking;

namespace Pamong.PublicServices.Applications;

/// <summary>Applications: applying (online, at the counter, by partners), processing along the workflow, queues and tracking.</summary>
public static class ApplicationsSetup
{
    public static readonly IReadOnlyList<MenuItem> Menu =
    [
        new("MyApplications", "/layanan/permohonan-saya", Permissions.ApplyForServices),
        new("ServiceCounter", "/layanan/loket", Permissions.AssistApplications),
        new("ApplicationQueue", "/layanan/antrian", Permissions.ReadApplications),
        new("TrackApplication", "/layanan/lacak"),
    ];

    public static IServiceCollection AddApplications(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<OfficerSeats>();
        services.AddScoped<ApplicationForm>();
        services.AddScoped<ApplicationNotices>();
        services.AddScoped<SubmitApplication>();
        services.AddScoped<ApplicantProfile>();
        services.AddScoped<ProcessApplication>();
        services.AddScoped<ResultDocumentStep>();
        services.AddScoped<ApplicationQueue>();
        services.AddScoped<BulkApprove>();
        services.AddScoped<Tracker>();
        services.AddSingleton<Pamong.Platform.Data.IStartupStep, TrackingAtStartup>();
        services.AddScoped<MyApplications>();
        services.AddScoped<Timeline.ApplicationDetails>();
        TrackingLimits.AddTrackingLimits(services, configuration);
        return services;
    }
}

using Pamong.Platform;
using Pamong.Platform.Modules;

namespace Pamong.Web;

/// <summary>
/// The business modules this build of Pamong carries. Adding a module is one line here; a Pemda then
/// switches it on or off on the admin page.
/// </summary>
internal static class ModulesSetup
{
    private static readonly PamongModule[] Modules =
    [
        new Complaints.ComplaintsModule(),
        new PublicServices.PublicServicesModule(),
        new SocialProtection.SocialProtectionModule(),
        new SpbeAssessment.SpbeAssessmentModule(),
    ];

    public static IServiceCollection AddPamongModules(this IServiceCollection services, IConfiguration configuration)
    {
        foreach (var module in Modules)
        {
            services.AddSingleton(module);
            module.AddServices(services, configuration);
        }

        return services;
    }

    public static IEndpointRouteBuilder MapPamongModules(this IEndpointRouteBuilder app)
    {
        foreach (var module in app.ServiceProvider.GetServices<PamongModule>())
        {
            var api = app.MapApiV1().WithMetadata(new ModuleMarker(module.Id));
            module.MapApi(api);
        }

        return app;
    }
}

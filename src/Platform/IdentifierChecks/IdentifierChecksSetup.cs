using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Pamong.Platform.Modules;
using Pamong.Platform.Web;

namespace Pamong.Platform.IdentifierChecks;

/// <summary>The NIK / Nomor KK check: the /cek-nik page and /api/v1/nik, /api/v1/kk.</summary>
public static class IdentifierChecksSetup
{
    public static IServiceCollection AddIdentifierChecks(this IServiceCollection services)
    {
        services.AddSingleton<IdentifierChecker>();
        Navigation.PlatformMenu.Add(new MenuItem("CheckNik", "/cek-nik"));

        return services;
    }

    public static IEndpointRouteBuilder MapIdentifierChecks(this IEndpointRouteBuilder app)
    {
        app.MapIdentifierCheckApi();
        return app;
    }
}

using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Pamong.Platform.Accounts;
using Pamong.Platform.Modules;
using Pamong.Platform.Web;

namespace Pamong.Platform.AuditTrail;

/// <summary>The audit trail's services, API, menu entry and command.</summary>
public static class AuditTrailSetup
{
    public static IServiceCollection AddAuditTrail(this IServiceCollection services)
    {
        services.AddScoped<AuditLog>();
        services.AddScoped<AuditVerifier>();
        services.AddScoped<SearchAuditTrail>();
        services.AddScoped<ExportAuditTrail>();

        Navigation.PlatformMenu.Add(new MenuItem("AuditTrail", "/audit", Permissions.ReadAudit));

        CommandLine.Commands.TryAdd(AuditVerifyCommand.Name,
            (AuditVerifyCommand.Help, (app, args) => AuditVerifyCommand.RunAsync(app.Services, args, Console.Out)));
        return services;
    }

    public static IEndpointRouteBuilder MapAuditTrail(this IEndpointRouteBuilder app)
    {
        app.MapAuditApi();
        return app;
    }
}

using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Pamong.Platform.AuditTrail;

/// <summary>The audit trail's services, API, menu entry and command.</summary>
public static class AuditTrailSetup
{
    public static IServiceCollection AddAuditTrail(this IServiceCollection services)
    {
        services.AddScoped<AuditLog>();
        services.AddScoped<AuditVerifier>();
        CommandLine.Commands.TryAdd(AuditVerifyCommand.Name,
            (AuditVerifyCommand.Help, (app, args) => AuditVerifyCommand.RunAsync(app.Services, args, Console.Out)));
        return services;
    }

    public static IEndpointRouteBuilder MapAuditTrail(this IEndpointRouteBuilder app) => app;
}

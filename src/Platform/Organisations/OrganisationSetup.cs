using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Pamong.Platform.Accounts;
using Pamong.Platform.Data;
using Pamong.Platform.Modules;
using Pamong.Platform.Organisations.Positions;
using Pamong.Platform.Organisations.Staff;
using Pamong.Platform.Organisations.Units;
using Pamong.Platform.Web;

namespace Pamong.Platform.Organisations;

public static class OrganisationSetup
{
    public static IServiceCollection AddOrganisation(this IServiceCollection services)
    {
        services.AddScoped<PemdaUnit>();
        services.AddScoped<OpdEditor>();
        services.AddScoped<AreaOfficeSync>();
        services.AddScoped<PositionEditor>();
        services.AddScoped<StaffEditor>();
        services.AddSingleton<IStartupStep, Demo.DemoStaff>();
        Navigation.PlatformMenu.Add(new MenuItem("Organisation", "/organisasi", Permissions.SignedIn));
        return services;
    }

    public static IEndpointRouteBuilder MapOrganisation(this IEndpointRouteBuilder app) => app.MapOrganisationApi();
}

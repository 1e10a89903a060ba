using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pamong.Platform.Accounts;
using Pamong.Platform.Data;
using Pamong.Platform.Modules;
using Pamong.Platform.People.Citizens;
using Pamong.Platform.Web;

namespace Pamong.Platform.People;

public static class PeopleSetup
{
    public static IServiceCollection AddPeople(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MaskingOptions>(configuration.GetSection(MaskingOptions.Section));
        services.AddSingleton<PersonalDataMask>();
        services.AddScoped<TenantVillages>();
        services.AddScoped<CitizenSearch>();
        services.AddScoped<SensitiveReads>();
        services.AddScoped<CitizenReader>();
        services.AddScoped<CitizenEditor>();
        services.AddScoped<CitizenExport>();
        services.AddSingleton<IStartupStep, Demo.DemoCitizens>();
        Navigation.PlatformMenu.Add(new MenuItem("Citizens", "/penduduk", Permissions.ReadCitizens));
        return services;
    }

    public static IEndpointRouteBuilder MapPeople(this IEndpointRouteBuilder app) => app.MapCitizensApi();
}

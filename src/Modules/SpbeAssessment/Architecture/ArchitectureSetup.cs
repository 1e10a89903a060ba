using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Pamong.Platform.Accounts;
using Pamong.Platform.Data;
using Pamong.Platform.Modules;
using Pamong.SpbeAssessment.Architecture.Applications;
using Pamong.SpbeAssessment.Architecture.BusinessProcesses;
using Pamong.SpbeAssessment.Architecture.DataSets;
using Pamong.SpbeAssessment.Architecture.Infrastructure;
using Pamong.SpbeAssessment.Architecture.Integrations;
using Pamong.SpbeAssessment.Opd;

namespace Pamong.SpbeAssessment.Architecture;

/// <summary>The architecture inventory's services, menu entry and demo data.</summary>
internal static class ArchitectureSetup
{
    public static readonly MenuItem Menu = new("SpbeArchitecture", "/spbe/arsitektur", Permissions.ReadSpbe);

    public static IServiceCollection AddArchitecture(this IServiceCollection services)
    {
        services.TryAddScoped<OpdDirectory>();
        services.AddScoped<PamongApplications>();
        services.AddScoped<ApplicationCatalog>();
        services.AddScoped<IntegrationList>();
        services.AddScoped<ArchitectureRegisters>();
        services.AddScoped<ArchitectureOverview>();
        services.AddScoped<ApplicationEditor>();
        services.AddScoped<BusinessProcessEditor>();
        services.AddScoped<DataSetEditor>();
        services.AddScoped<InfrastructureEditor>();
        services.AddScoped<IntegrationEditor>();
        services.AddSingleton<IStartupStep, DemoArchitecture>();
        return services;
    }
}

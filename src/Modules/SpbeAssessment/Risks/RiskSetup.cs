using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Pamong.Platform.Accounts;
using Pamong.Platform.Data;
using Pamong.Platform.Modules;
using Pamong.SpbeAssessment.Opd;
using Pamong.SpbeAssessment.Risks.Contexts;
using Pamong.SpbeAssessment.Risks.Forms;
using Pamong.SpbeAssessment.Risks.Matrix;
using Pamong.SpbeAssessment.Risks.Monitoring;
using Pamong.SpbeAssessment.Risks.Register;
using Pamong.SpbeAssessment.Risks.Treatments;

namespace Pamong.SpbeAssessment.Risks;

/// <summary>The risk register's services, menu entry and demo data.</summary>
internal static class RiskSetup
{
    public static readonly MenuItem Menu = new("SpbeRisks", "/spbe/risiko", Permissions.ReadSpbe);

    public static IServiceCollection AddRisks(this IServiceCollection services)
    {
        services.TryAddScoped<OpdDirectory>();
        services.AddScoped<RiskMatrixStore>();
        services.AddScoped<RiskRegister>();
        services.AddScoped<RiskForms>();
        services.AddScoped<RiskContextEditor>();
        services.AddScoped<RiskEditor>();
        services.AddScoped<TreatmentEditor>();
        services.AddScoped<MonitoringEditor>();
        services.AddSingleton<IStartupStep, DemoRisks>();
        return services;
    }
}

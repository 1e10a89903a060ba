using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pamong.Platform.Data;
using Pamong.SpbeAssessment.Evidence;
using Pamong.SpbeAssessment.Gaps;
using Pamong.SpbeAssessment.History;
using Pamong.SpbeAssessment.Indicators;
using Pamong.SpbeAssessment.Instruments;
using Pamong.SpbeAssessment.Official;
using Pamong.SpbeAssessment.Periods;
using Pamong.SpbeAssessment.PlatformEvidence;
using Pamong.SpbeAssessment.Summary;
using Pamong.SpbeAssessment.Targets;

namespace Pamong.SpbeAssessment;

/// <summary>
/// The self-assessment part of the module: stored instruments, periods, indicators with evidence and review,
/// official results, targets and history, gap analysis and the simulator; its services and its API.
/// </summary>
internal static class SelfAssessmentSetup
{
    public static IServiceCollection AddSelfAssessment(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<InstrumentCatalog>();
        services.AddScoped<InstrumentEditor>();
        services.AddScoped<PeriodLookup>();
        services.AddScoped<PeriodEditor>();
        services.AddScoped<IndicatorGate>();
        services.AddScoped<AnswerEditor>();
        services.AddScoped<IndicatorDetails>();
        services.AddScoped<EvidenceFiles>();
        services.Configure<EvidenceOptions>(configuration.GetSection(EvidenceOptions.Section));
        services.AddSingleton<EvidenceStore>();
        services.AddScoped<EvidenceEditor>();
        services.AddScoped<OfficialEditor>();
        services.AddScoped<TargetEditor>();
        services.AddScoped<HistoryEditor>();
        services.AddScoped<PeriodSummaries>();
        services.AddScoped<PlatformFigures>();
        services.AddSingleton<IStartupStep, Demo.DemoAssessment>();
        return services;
    }

    public static IEndpointRouteBuilder MapSelfAssessmentApi(this IEndpointRouteBuilder api)
    {
        api.MapInstrumentsApi();
        api.MapPeriodsApi();
        api.MapIndicatorsApi();
        api.MapOfficialApi();
        api.MapTargetsApi();
        api.MapHistoryApi();
        api.MapGapsApi();
        return api;
    }
}

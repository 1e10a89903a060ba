using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pamong.Platform;
using Pamong.Platform.Accounts;
using Pamong.Platform.Data;
using Pamong.Platform.Modules;
using Pamong.SocialProtection.Appeals;
using Pamong.SocialProtection.CekBansos;
using Pamong.SocialProtection.Distribution;
using Pamong.SocialProtection.Programs;
using Pamong.SocialProtection.Proposals;
using Pamong.SocialProtection.Targeting;
using Pamong.SocialProtection.Transparency;
using Pamong.SocialProtection.Uploads;

namespace Pamong.SocialProtection;

/// <summary>Programs, targeting, usul–sanggah, appeals, distribution, transparency and Cek Bansos: services and routes.</summary>
internal static class ProgramsSetup
{
    public static readonly IReadOnlyList<MenuItem> Menu =
    [
        new("PerlinsosPrograms", "/perlinsos/program", Permissions.ReadPerlinsos),
        new("PerlinsosRuns", "/perlinsos/penetapan", Permissions.ReadPerlinsos),
        new("PerlinsosProposals", "/perlinsos/usulan", Permissions.ReadPerlinsos),
        new("PerlinsosAppeals", "/perlinsos/sanggah", Permissions.SignedIn),
        new("PerlinsosDistribution", "/perlinsos/penyaluran", Permissions.ReadPerlinsos),
        new("CekBansos", "/cek-bansos"),
    ];

    public static void AddPerlinsosPrograms(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<ProgramEditor>();
        services.AddScoped<HouseholdFactsReader>();
        services.AddScoped<SelectionInputs>();
        services.AddScoped<TargetingRuns>();
        services.AddScoped<DecisionExplainer>();
        services.AddScoped<DecisionReader>();
        services.AddSingleton<TargetingQueue>();
        services.AddHostedService<TargetingWorker>();
        services.AddScoped<UploadStore>();
        services.AddScoped<ProposalEditor>();
        services.AddScoped<AppealEditor>();
        services.AddScoped<CycleEditor>();
        services.AddScoped<HandOverRecorder>();
        services.AddScoped<Reconciliation>();
        services.AddScoped<ReconciliationFiles>();
        services.AddScoped<PerlinsosEvents>();
        services.AddScoped<DataQuality.IQualityCheck, ExclusiveProgramsCheck>();
        services.AddScoped<VillageRecipients>();
        services.AddSingleton<IStartupStep, DemoPrograms>();
        services.AddSingleton<IStartupStep, DemoTargeting>();
        services.AddCekBansos(configuration);
        CommandLine.Commands["perlinsos-target"] = TargetingCommand.Help;
    }

    public static void MapPerlinsosProgramsApi(this IEndpointRouteBuilder api)
    {
        api.MapProgramsApi();
        api.MapTargetingApi();
        api.MapProposalsApi();
        api.MapAppealsApi();
        api.MapDistributionApi();
        api.MapTransparencyApi();
        api.MapCekBansosApi();
    }
}

using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pamong.Platform.Modules;
using Pamong.SpbeAssessment.Architecture;
using Pamong.SpbeAssessment.Index;
using Pamong.SpbeAssessment.Risks;

namespace Pamong.SpbeAssessment;

/// <summary>
/// SPBE governance: evaluation instruments as data and the index arithmetic (this first part),
/// later the self-assessment, targets and gaps, architecture inventory and risk register.
/// </summary>
public sealed class SpbeAssessmentModule : PamongModule
{
    public override string Id => "spbe";

    public override string NameKey => "ModuleSpbe";

    public override IReadOnlyList<string> PagePrefixes => ["/spbe"];

    public override IReadOnlyList<MenuItem> Menu => [ArchitectureSetup.Menu, RiskSetup.Menu];

    public override void AddServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddSpbe(configuration);

    public override void MapApi(IEndpointRouteBuilder api)
    {
        api.MapIndexApi();
        api.MapArchitectureApi();
        api.MapRisksApi();
    }
}

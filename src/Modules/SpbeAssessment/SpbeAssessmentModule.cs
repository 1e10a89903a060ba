using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pamong.Platform.Accounts;
using Pamong.Platform.Modules;
using Pamong.SpbeAssessment.Architecture;
using Pamong.SpbeAssessment.Index;
using Pamong.SpbeAssessment.Reports;
using Pamong.SpbeAssessment.Risks;

namespace Pamong.SpbeAssessment;

/// <summary>
/// SPBE governance: evaluation instruments as data, the index arithmetic, the self-assessment with review,
/// official results, targets, history and gap analysis; the architecture inventory and the risk register.
/// </summary>
public sealed class SpbeAssessmentModule : PamongModule
{
    public override string Id => "spbe";

    public override string NameKey => "ModuleSpbe";

    public override IReadOnlyList<string> PagePrefixes => ["/spbe"];

    public override IReadOnlyList<MenuItem> Menu => [new("ModuleSpbe", "/spbe", Permissions.ReadSpbe), ArchitectureSetup.Menu, RiskSetup.Menu];

    public override void AddServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddSpbe(configuration);

    public override void MapApi(IEndpointRouteBuilder api)
    {
        api.MapIndexApi();
        api.MapSelfAssessmentApi();
        api.MapArchitectureApi();
        api.MapRisksApi();
        api.MapReportApi();
    }
}

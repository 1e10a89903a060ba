using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pamong.Platform.Accounts;
using Pamong.Platform.Modules;
using Pamong.PublicServices.Applications;
using Pamong.PublicServices.Calendar;
using Pamong.PublicServices.Catalogue;
using Pamong.PublicServices.Documents;
using Pamong.PublicServices.Satisfaction;

namespace Pamong.PublicServices;

/// <summary>
/// Smart Kampung + MPP Digital: public services down to every village. The service catalogue with its
/// standards, workflows and forms as versioned data, the working-day calendar, applications and the
/// satisfaction index (IKM).
/// </summary>
public sealed class PublicServicesModule : PamongModule
{
    public override string Id => "layanan";

    public override string NameKey => "ModuleLayanan";

    public override IReadOnlyList<string> PagePrefixes => ["/layanan"];

    public override IReadOnlyList<MenuItem> Menu =>
    [
        new("Services", "/layanan"),
        .. ApplicationsSetup.Menu,
        .. InsightSetup.Menu,
        new("ServicesAdmin", "/layanan/admin", Permissions.ManageServices),
        new("Holidays", "/layanan/admin/hari-libur", Permissions.ManageServices),
    ];

    public override void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddPublicServices(configuration);
        services.AddApplications(configuration);
        services.AddInsight();
    }

    public override void MapApi(IEndpointRouteBuilder api)
    {
        api.MapIkmApi();
        api.MapCatalogueApi();
        api.MapHolidaysApi();
        api.MapApplicationsApi();
        api.MapInsightApi();
        api.MapResultDocumentApi();
    }
}

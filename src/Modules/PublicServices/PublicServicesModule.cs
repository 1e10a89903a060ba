using Microsoft.AspNetCore.Routing;
using Pamong.Platform.Modules;
using Pamong.PublicServices.Satisfaction;

namespace Pamong.PublicServices;

/// <summary>
/// Smart Kampung + MPP Digital: public services down to every village. This first part carries the
/// satisfaction-index (IKM) arithmetic; the catalogue, applications, workflows, documents and
/// complaints come next (issue 3).
/// </summary>
public sealed class PublicServicesModule : PamongModule
{
    public override string Id => "layanan";

    public override string NameKey => "ModuleLayanan";

    public override void MapApi(IEndpointRouteBuilder api) => api.MapIkmApi();
}

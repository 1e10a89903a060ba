using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pamong.Platform.Accounts;
using Pamong.Platform.Modules;
using Pamong.SocialProtection.DataQuality;
using Pamong.SocialProtection.Imports;
using Pamong.SocialProtection.Registry;

namespace Pamong.SocialProtection;

/// <summary>
/// Social protection (Perlinsos): one registry of households and members with consent, bulk imports,
/// a data-quality pass with findings verified by villages; programs, targeting, appeals, distribution
/// and transparency build on it.
/// </summary>
public sealed class SocialProtectionModule : PamongModule
{
    public override string Id => "perlinsos";

    public override string NameKey => "ModulePerlinsos";

    public override IReadOnlyList<string> PagePrefixes => ["/perlinsos", "/cek-bansos"];

    public override IReadOnlyList<MenuItem> Menu =>
    [
        new("ModulePerlinsos", "/perlinsos", Permissions.ReadPerlinsos),
        new("PerlinsosOwn", "/perlinsos/daftar", Permissions.SelfRegisterPerlinsos),
        .. ProgramsSetup.Menu,
    ];

    public override void AddServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddPerlinsos(configuration);

    public override void MapApi(IEndpointRouteBuilder api)
    {
        api.MapRegistryApi();
        api.MapImportsApi();
        api.MapQualityApi();
        api.MapPerlinsosProgramsApi();
    }
}

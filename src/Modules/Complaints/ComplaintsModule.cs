using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pamong.Platform.Accounts;
using Pamong.Platform.Modules;

namespace Pamong.Complaints;

/// <summary>
/// Complaints (pengaduan) along SP4N-LAPOR (PermenPANRB 62/2018): anyone files, named or anonymous, about a
/// unit or a service; the liaison verifies and routes; the unit answers within the Pemda's deadlines; late
/// complaints go up to the superior; the complainant tracks by code and responds.
/// </summary>
public sealed class ComplaintsModule : PamongModule
{
    public override string Id => "pengaduan";

    public override string NameKey => "ModulePengaduan";

    public override IReadOnlyList<string> PagePrefixes => ["/pengaduan"];

    /// <summary>The public entry for everyone (filing and tracking); the queue for unit officers; the overview for leaders.</summary>
    public override IReadOnlyList<MenuItem> Menu =>
    [
        new("MenuComplaints", "/pengaduan"),
        new("MenuComplaintsQueue", "/pengaduan/antrean", Permissions.HandleComplaints),
        new("MenuComplaintsOverview", "/pengaduan/ringkasan", Permissions.ReadComplaints),
    ];

    public override void AddServices(IServiceCollection services, IConfiguration configuration) => services.AddComplaints(configuration);

    public override void MapApi(IEndpointRouteBuilder api) => api.MapComplaintsApi();
}

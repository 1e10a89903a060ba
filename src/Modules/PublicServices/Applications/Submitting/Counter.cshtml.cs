using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pamong.Platform.Accounts;
using Pamong.PublicServices.Catalogue;
using Pamong.PublicServices.Data;

namespace Pamong.PublicServices.Applications.Submitting;

/// <summary>/layanan/loket: the counter (loket) of a desa or kecamatan office: pick the service a walk-in citizen asks for.</summary>
[Authorize(Policy = Permissions.AssistApplications)]
public sealed class CounterModel(PublicServicesDb db) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public IReadOnlyList<Service> Services { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var services = db.Services.AsNoTracking().Where(s => s.IsPublished);
        if (!string.IsNullOrWhiteSpace(Query))
        {
            var q = Query.Trim().ToLower();
            services = services.Where(s => s.Name.ToLower().Contains(q) || s.Code.Contains(q));
        }

        Services = await services.OrderBy(s => s.Level).ThenBy(s => s.Name).Take(200).ToListAsync(ct);
    }
}

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
        // A catalogue has tens to a few hundred services: search them in memory, the same on both engines.
        var services = await db.Services.AsNoTracking().Where(s => s.IsPublished).OrderBy(s => s.Level).ThenBy(s => s.Name).ToListAsync(ct);
        var q = (Query ?? "").Trim();
        Services = q.Length == 0 ? services
            : services.Where(s => s.Name.Contains(q, StringComparison.OrdinalIgnoreCase) || s.Code.Contains(q, StringComparison.OrdinalIgnoreCase)).ToList();
    }
}

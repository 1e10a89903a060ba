using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pamong.Platform.Accounts;
using Pamong.SocialProtection.Data;
using Pamong.SocialProtection.Jobs;

namespace Pamong.SocialProtection.Imports;

/// <summary>/perlinsos/impor: upload a file (kind, mode), recent imports, templates.</summary>
[Authorize(Policy = Permissions.ImportPerlinsos)]
public sealed class IndexModel(ImportStarter starter, PerlinsosDb db) : PageModel
{
    [BindProperty]
    public string? Kind { get; set; } = "households";

    [BindProperty]
    public string? Mode { get; set; } = "good-rows-only";

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public IReadOnlyList<PerlinsosJob> Recent { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await using var content = Upload?.OpenReadStream() ?? Stream.Null;
        var outcome = await starter.StartAsync(User, Kind, Mode, Upload?.FileName ?? "", Upload?.Length ?? 0, content, preview: true, ct);
        if (outcome.Refusal is { } refusal)
        {
            refusal.CopyTo(ModelState, "");
            await LoadAsync(ct);
            return Page();
        }

        return Redirect($"/perlinsos/impor/{outcome.Value!.Id}");
    }

    public IActionResult OnGetTemplate(string kind) =>
        ImportStarter.Kinds.TryGetValue(kind, out var k)
            ? File(Encoding.UTF8.GetBytes(ImportStarter.Template(k)), "text/csv; charset=utf-8", $"templat-{kind}.csv")
            : NotFound();

    private async Task LoadAsync(CancellationToken ct) =>
        Recent = await db.Jobs.AsNoTracking().Where(j => j.Kind != JobKind.QualityPass).OrderByDescending(j => j.Id).Take(20)
            .Select(j => new PerlinsosJob { Id = j.Id, Kind = j.Kind, Status = j.Status, FileName = j.FileName, Total = j.Total, Bad = j.Bad, StartedBy = j.StartedBy, CreatedAt = j.CreatedAt })
            .ToListAsync(ct);
}

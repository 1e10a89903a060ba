using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pamong.Platform.Accounts;
using Pamong.SocialProtection.Data;
using Pamong.SocialProtection.Jobs;

namespace Pamong.SocialProtection.Imports;

/// <summary>
/// /perlinsos/impor/{id}: an import's progress (the page refreshes itself while it works, no JavaScript), its preview
/// with every problem once checked, the confirmation with the mode, and the downloadable report.
/// </summary>
[Authorize(Policy = Permissions.ImportPerlinsos)]
public sealed class JobModel(PerlinsosDb db, ImportStarter starter) : PageModel
{
    public const int ProblemsShown = 100;

    public PerlinsosJob Job { get; private set; } = null!;
    public IReadOnlyList<string[]> Preview { get; private set; } = [];
    public IReadOnlyList<string[]> Problems { get; private set; } = [];
    public int ProblemCount { get; private set; }

    [BindProperty]
    public string? Mode { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostConfirmAsync(int id, CancellationToken ct)
    {
        var outcome = await starter.ConfirmAsync(User, id, Mode, ct);
        if (outcome.Refusal is { } refusal)
        {
            refusal.CopyTo(ModelState, "");
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }

        return Redirect($"/perlinsos/impor/{id}");
    }

    public async Task<IActionResult> OnPostCancelAsync(int id, CancellationToken ct)
    {
        await starter.CancelAsync(id, ct);
        return Redirect($"/perlinsos/impor/{id}");
    }

    public async Task<IActionResult> OnGetReportAsync(int id, CancellationToken ct) =>
        await db.Jobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == id && j.Kind != JobKind.QualityPass, ct) is { Report: { } report }
            ? File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(report)).ToArray(), "text/csv; charset=utf-8", $"laporan-impor-{id}.csv")
            : NotFound();

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var job = await db.Jobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == id && j.Kind != JobKind.QualityPass, ct);
        if (job is null)
        {
            return false;
        }

        Job = job;
        Mode ??= job.Mode == ImportMode.AllOrNothing ? "all-or-nothing" : "good-rows-only";
        Preview = job.Preview is null ? [] : JsonSerializer.Deserialize<string[][]>(job.Preview) ?? [];
        var lines = (job.Report ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        ProblemCount = lines.Count;
        Problems = lines.Take(ProblemsShown).Select(l => l.Split(',', 6)).ToList();
        return true;
    }
}

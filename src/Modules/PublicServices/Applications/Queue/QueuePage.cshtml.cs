using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Accounts;
using Pamong.Platform.Web;
using Pamong.PublicServices.Data;

namespace Pamong.PublicServices.Applications.Queue;

/// <summary>
/// /layanan/antrian: the officer's queue with filters, sorting, paging, the SLA countdown, overdue highlighting,
/// CSV export and bulk approval (checkboxes; only where the step allows it; each one authorised and audited).
/// </summary>
[Authorize(Policy = Permissions.ReadApplications)]
public sealed class QueuePageModel(ApplicationQueue queue, BulkApprove bulk, PublicServicesDb db, IStringLocalizer<PublicServicesText> text) : PageModel
{
    public const int ExportLimit = 10_000;

    [BindProperty(SupportsGet = true, Name = "layanan")]
    public string? Service { get; set; }

    [BindProperty(SupportsGet = true, Name = "status")]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "desa")]
    public string? Village { get; set; }

    [BindProperty(SupportsGet = true, Name = "terlambat")]
    public bool Overdue { get; set; }

    [BindProperty(SupportsGet = true, Name = "urut")]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int? PageNumber { get; set; }

    [BindProperty]
    public List<string> Selected { get; set; } = [];

    public Paged<QueueRow> Result { get; private set; } = new([], 1, Paging.DefaultSize, 0);

    public IReadOnlyList<(string Code, string Name)> Services { get; private set; } = [];

    public IReadOnlyList<BulkItem> BulkResults { get; private set; } = [];

    public bool AnyBulk => Result.Items.Any(r => r.CanAct && r.AllowBulkApprove);

    private QueueFilter Filter => new(Service, Status, Village, Overdue, Sort, PageNumber);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        var rows = await queue.ExportAsync(User, Filter, ExportLimit, ct);
        var csv = CsvExport.Write(
            ["number", "service", "applicant", "village", "channel", "status", "step", "submitted_at", "due_on", "working_days_left", "overdue"],
            rows.Select(r => new[]
            {
                r.Number, r.ServiceName, r.ApplicantName, r.VillageCode, r.Channel.ToString(), r.Status.ToString(), r.StepName,
                r.SubmittedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), r.StepDueOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                r.WorkingDaysLeft?.ToString(CultureInfo.InvariantCulture), r.Overdue ? "ya" : "tidak",
            }));
        return File(csv, "text/csv; charset=utf-8", "antrian-permohonan.csv");
    }

    public async Task<IActionResult> OnPostBulkAsync(CancellationToken ct)
    {
        if (Selected.Count == 0)
        {
            ModelState.AddModelError("", text["SelectSomething"]);
            await LoadAsync(ct);
            return Page();
        }

        BulkResults = await bulk.ApproveAsync(Selected, User, ct);
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Result = await queue.ListAsync(User, Filter, ct);
        Services = (await db.Services.AsNoTracking().Where(s => s.IsPublished).OrderBy(s => s.Name).Select(s => new { s.Code, s.Name }).ToListAsync(ct))
            .Select(s => (s.Code, s.Name)).ToList();
    }
}

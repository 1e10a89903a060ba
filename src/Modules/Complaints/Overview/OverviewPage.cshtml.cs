using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pamong.Platform.Accounts;
using Pamong.Platform.AuditTrail;
using Pamong.Platform.Web.Export;

namespace Pamong.Complaints.Overview;

/// <summary>/pengaduan/ringkasan: the leaders' read-only overview per unit; CSV and Excel exports (recorded in the audit trail).</summary>
[Authorize(Policy = Permissions.ReadComplaints)]
public sealed class OverviewPageModel(ComplaintOverview overview, OverviewExport export, AuditLog audit, Platform.Data.PamongDb platform) : PageModel
{
    public UnitFigures Total { get; private set; } = null!;

    public IReadOnlyList<UnitFigures> Units { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => (Total, Units) = await overview.FiguresAsync(ct);

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        var (_, units) = await overview.FiguresAsync(ct);
        await RecordAsync("csv", ct);
        return File(export.Csv(units), "text/csv; charset=utf-8", "pengaduan-ringkasan.csv");
    }

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        var (total, units) = await overview.FiguresAsync(ct);
        await RecordAsync("xlsx", ct);
        return File(export.Xlsx(total, units), XlsxWriter.ContentType, "pengaduan-ringkasan.xlsx");
    }

    private async Task RecordAsync(string format, CancellationToken ct)
    {
        audit.Record(AuditActions.Exported, "ComplaintsOverview", null, detail: format);
        await platform.SaveChangesAsync(ct);
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Accounts;
using Pamong.Platform.Localization;
using Pamong.Platform.Tenancy;
using Pamong.Platform.Web.Export;

namespace Pamong.PublicServices.Satisfaction.Reports;

/// <summary>/layanan/ikm/laporan: the officers' IKM report of a unit and period, per element and per service, with PDF and Excel.</summary>
[Authorize(Policy = Permissions.ReadServiceStatistics)]
public sealed class IkmReportPageModel(IkmSelection selection, IkmResults results, TenantDirectory tenants, CurrentTenant tenant, TimeProvider clock,
    IStringLocalizer<PublicServicesText> text) : PageModel
{
    public IkmSelection.View View { get; private set; } = null!;

    public IReadOnlyList<IkmResult> Services { get; private set; } = [];

    public async Task OnGetAsync(string? unit, string? from, string? to, CancellationToken ct) => await LoadAsync(unit, from, to, ct);

    public async Task<IActionResult> OnGetPdfAsync(string? unit, string? from, string? to, CancellationToken ct)
    {
        await LoadAsync(unit, from, to, ct);
        return File(IkmReport.Pdf(View.Result, Services, View.Period, Pemda(), clock.WibToday()), "application/pdf", FileName("pdf"));
    }

    public async Task<IActionResult> OnGetXlsxAsync(string? unit, string? from, string? to, CancellationToken ct)
    {
        await LoadAsync(unit, from, to, ct);
        return File(IkmReport.Xlsx(View.Result, Services, View.Period, Pemda()), XlsxWriter.ContentType, FileName("xlsx"));
    }

    public string Query => (View.Unit is { } u ? $"unit={Uri.EscapeDataString(u)}&" : "") + View.Period.Query;

    private async Task LoadAsync(string? unit, string? from, string? to, CancellationToken ct)
    {
        View = await selection.LoadAsync(unit, from, to, ModelState, text["IkmAllUnits"], ct);
        Services = await results.PerServiceAsync(View.Unit, View.Period, ct);
    }

    private string Pemda() => tenants.Find(tenant.Id)?.Name ?? tenant.Id;

    private string FileName(string extension) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"laporan-ikm-{(View.Unit ?? "semua").Replace('.', '-')}-{View.Period.From:yyyyMMdd}-{View.Period.To:yyyyMMdd}.{extension}");
}

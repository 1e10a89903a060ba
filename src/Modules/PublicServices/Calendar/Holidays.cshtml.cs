using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Accounts;
using Pamong.Platform.Localization;

namespace Pamong.PublicServices.Calendar;

/// <summary>/layanan/admin/hari-libur: the holiday calendar that SLA deadlines skip; add, remove, import a list.</summary>
[Authorize(Policy = Permissions.ManageServices)]
public sealed class HolidaysModel(HolidayEditor editor, WorkingDayCalendar calendar, IStringLocalizer<PublicServicesText> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty]
    public HolidayInput Input { get; set; } = new();

    [BindProperty]
    public string? List { get; set; }

    [TempData]
    public string? Message { get; set; }

    public IReadOnlyList<Holiday> Holidays { get; private set; } = [];
    public int ShownYear => Year ?? calendar.Today().Year;

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        var outcome = await editor.AddAsync(Input, ct);
        if (outcome.Refusal is { } refusal)
        {
            refusal.CopyTo(ModelState, nameof(Input));
            await LoadAsync(ct);
            return Page();
        }

        Message = text["HolidayAdded", IndonesianFormat.Date(outcome.Value!.Date), outcome.Value.Name];
        return Redirect($"/layanan/admin/hari-libur?year={outcome.Value.Date.Year.ToString(CultureInfo.InvariantCulture)}");
    }

    public async Task<IActionResult> OnPostRemoveAsync(string date, CancellationToken ct)
    {
        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return BadRequest();
        }

        var outcome = await editor.RemoveAsync(day, ct);
        Message = outcome.Refusal?.Detail ?? text["HolidayRemoved", IndonesianFormat.Date(day), outcome.Value!.Name];
        return Redirect($"/layanan/admin/hari-libur?year={day.Year.ToString(CultureInfo.InvariantCulture)}");
    }

    public async Task<IActionResult> OnPostImportAsync(CancellationToken ct)
    {
        var outcome = await editor.ImportAsync(List, ct);
        if (outcome.Refusal is { } refusal)
        {
            refusal.CopyTo(ModelState, "");
            await LoadAsync(ct);
            return Page();
        }

        Message = text["HolidaysImported", outcome.Value!.Added, outcome.Value.AlreadyThere];
        return Redirect("/layanan/admin/hari-libur" + (Year is { } y ? "?year=" + y.ToString(CultureInfo.InvariantCulture) : ""));
    }

    private async Task LoadAsync(CancellationToken ct) => Holidays = await editor.ListAsync(ShownYear, ct);
}

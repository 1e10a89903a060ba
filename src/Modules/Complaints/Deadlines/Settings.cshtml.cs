using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Accounts;

namespace Pamong.Complaints.Deadlines;

/// <summary>/pengaduan/pengaturan: the liaison sets the deadlines, the per-client limits and the holidays (one "YYYY-MM-DD Name" a line).</summary>
[Authorize(Policy = Permissions.ManageComplaints)]
public sealed class SettingsModel(ComplaintCalendar calendar, SettingsEditor editor, IStringLocalizer<ComplaintText> text) : PageModel
{
    [BindProperty]
    public SettingsInput Input { get; set; } = new();

    [BindProperty]
    public string? HolidayLines { get; set; }

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Input = SettingsInput.From(await calendar.SettingsAsync(ct));
        HolidayLines = string.Join('\n', Input.Holidays!.Select(h => $"{h.Date!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} {h.Name}"));
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Input.Holidays = [];
        var lines = (HolidayLines ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        foreach (var (line, i) in lines.Select((l, i) => (l, i)))
        {
            var parts = line.Split(' ', 2, StringSplitOptions.TrimEntries);
            if (!DateOnly.TryParseExact(parts[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) || parts.Length < 2)
            {
                ModelState.AddModelError(nameof(HolidayLines), text["HolidayLineInvalid", i + 1, line]);
                continue;
            }

            Input.Holidays.Add(new HolidayInput { Date = date, Name = parts[1] });
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var outcome = await editor.SaveAsync(Input, ct);
        if (outcome.Refusal is { } refusal)
        {
            refusal.CopyTo(ModelState, nameof(Input));
            foreach (var key in ModelState.Keys.Where(k => k.StartsWith("Input.Holidays", StringComparison.Ordinal)).ToList())
            {
                foreach (var error in ModelState[key]!.Errors)
                {
                    ModelState.AddModelError(nameof(HolidayLines), error.ErrorMessage);
                }

                ModelState.Remove(key);
            }

            return Page();
        }

        Message = text["SettingsSaved"];
        return Redirect("/pengaduan/pengaturan");
    }
}

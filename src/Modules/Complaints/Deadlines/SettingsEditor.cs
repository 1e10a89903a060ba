using Microsoft.Extensions.Localization;
using Pamong.Complaints.Data;
using Pamong.Platform.Web;

namespace Pamong.Complaints.Deadlines;

/// <summary>Changes the Pemda's complaint deadlines, limits and holidays (the liaison only). New deadlines apply to later steps.</summary>
public sealed class SettingsEditor(ComplaintsDb db, ComplaintCalendar calendar, IStringLocalizer<ComplaintText> text)
{
    public const int MaxDays = 90;
    public const int MaxHolidayName = 100;

    public async Task<Outcome<ComplaintSettings>> SaveAsync(SettingsInput input, CancellationToken ct)
    {
        var errors = new FieldErrors();
        int Days(int? value, string field, int min = 1, int max = MaxDays)
        {
            if (value is null || value < min || value > max)
            {
                errors.Add(field, text["NumberRange", min, max]);
                return 0;
            }

            return value.Value;
        }

        var holidays = new Dictionary<DateOnly, string>();
        foreach (var (holiday, i) in (input.Holidays ?? []).Select((h, i) => (h, i)))
        {
            var name = holiday.Name?.Trim() ?? "";
            if (holiday.Date is not { } date || name.Length == 0 || name.Length > MaxHolidayName)
            {
                errors.Add($"Holidays[{i}]", text["HolidayInvalid", i + 1]);
            }
            else if (!holidays.TryAdd(date, name))
            {
                errors.Add($"Holidays[{i}]", text["HolidayTwice", date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)]);
            }
        }

        var values = (
            Verify: Days(input.VerifyWorkingDays, nameof(SettingsInput.VerifyWorkingDays)),
            Answer: Days(input.AnswerWorkingDays, nameof(SettingsInput.AnswerWorkingDays)),
            Simple: Days(input.SimpleAnswerWorkingDays, nameof(SettingsInput.SimpleAnswerWorkingDays)),
            Respond: Days(input.RespondDays, nameof(SettingsInput.RespondDays)),
            Escalated: Days(input.EscalatedAnswerWorkingDays, nameof(SettingsInput.EscalatedAnswerWorkingDays)),
            Filings: Days(input.FilingsPerHour, nameof(SettingsInput.FilingsPerHour), 1, 100_000),
            Trackings: Days(input.TrackingsPerMinute, nameof(SettingsInput.TrackingsPerMinute), 1, 100_000));
        if (errors.Any)
        {
            return Refusal.Invalid("complaint_settings_invalid", text["SettingsInvalid"], errors.ToDictionary());
        }

        var settings = await calendar.SettingsAsync(ct);
        if (settings.Id == 0)
        {
            db.Settings.Add(settings);
        }

        (settings.VerifyWorkingDays, settings.AnswerWorkingDays, settings.SimpleAnswerWorkingDays, settings.RespondDays,
            settings.EscalatedAnswerWorkingDays, settings.FilingsPerHour, settings.TrackingsPerMinute) = values;
        foreach (var gone in settings.Holidays.Where(h => !holidays.ContainsKey(h.Date)).ToList())
        {
            settings.Holidays.Remove(gone);
            db.Holidays.Remove(gone);
        }

        foreach (var (date, name) in holidays)
        {
            if (settings.Holidays.FirstOrDefault(h => h.Date == date) is { } kept)
            {
                kept.Name = name;
            }
            else
            {
                settings.Holidays.Add(new ComplaintHoliday { Date = date, Name = name });
            }
        }

        await db.SaveChangesAsync(ct);
        calendar.Reset();
        return settings;
    }
}

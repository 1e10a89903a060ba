using Microsoft.EntityFrameworkCore;
using Pamong.Complaints.Data;
using Pamong.Platform.Localization;

namespace Pamong.Complaints.Deadlines;

/// <summary>The current Pemda's deadlines and today's date in WIB (where the Pemda's working days are counted).</summary>
public sealed class ComplaintCalendar(ComplaintsDb db, TimeProvider clock)
{
    private ComplaintSettings? _settings;
    private HashSet<DateOnly>? _holidays;

    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), IndonesianFormat.Wib).DateTime);

    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>The stored settings (tracked, with holidays), or the defaults when the Pemda has none yet.</summary>
    public async Task<ComplaintSettings> SettingsAsync(CancellationToken ct = default)
    {
        _settings ??= await db.Settings.Include(s => s.Holidays).FirstOrDefaultAsync(ct) ?? new ComplaintSettings();
        return _settings;
    }

    public async Task<IReadOnlySet<DateOnly>> HolidaysAsync(CancellationToken ct = default)
    {
        _holidays ??= (await SettingsAsync(ct)).Holidays.Select(h => h.Date).ToHashSet();
        return _holidays;
    }

    public async Task<DateOnly> AfterWorkingDaysAsync(int days, CancellationToken ct = default) =>
        WorkingDays.Add(Today, days, await HolidaysAsync(ct));

    /// <summary>Forgets what was read, after the settings changed.</summary>
    public void Reset() => (_settings, _holidays) = (null, null);
}

using Microsoft.EntityFrameworkCore;
using Pamong.Platform.Localization;
using Pamong.PublicServices.Data;

namespace Pamong.PublicServices.Calendar;

/// <summary>Loads the current Pemda's working-day calendar (its holidays) for SLA arithmetic.</summary>
public sealed class WorkingDayCalendar(PublicServicesDb db, TimeProvider clock)
{
    public async Task<WorkingDays> LoadAsync(CancellationToken ct = default) =>
        new(await db.Holidays.AsNoTracking().Select(h => h.Date).ToListAsync(ct));

    /// <summary>Today in the Pemda's local time (WIB).</summary>
    public DateOnly Today() => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), IndonesianFormat.Wib).DateTime);
}

namespace Pamong.Platform.Localization;

public static class WibClock
{
    /// <summary>
    /// Today's date in Western Indonesia Time (WIB, Asia/Jakarta, UTC+7), e.g. for checking Indonesian
    /// identifiers: at 18:00 UTC on 23 November it is already 24 November in Jakarta.
    /// </summary>
    public static DateOnly WibToday(this TimeProvider clock) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), IndonesianFormat.Wib).DateTime);
}

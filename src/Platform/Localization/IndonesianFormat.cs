using System.Globalization;

namespace Pamong.Platform.Localization;

/// <summary>Formats values the way the current UI language writes them (Indonesian: 1.234,5 and 17 Mei 1990).</summary>
public static class IndonesianFormat
{
    public static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");

    public static string Number(long value) => value.ToString("N0", CultureInfo.CurrentCulture);

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);

    public static string DateTime(DateTime utc, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime_SpecifyUtc(utc), zone).ToString("d MMM yyyy HH:mm", CultureInfo.CurrentCulture);

    private static DateTime DateTime_SpecifyUtc(DateTime value) => System.DateTime.SpecifyKind(value, DateTimeKind.Utc);

    /// <summary>Western Indonesia Time (WIB), the default zone of the demo Pemda.</summary>
    public static TimeZoneInfo Wib { get; } = TimeZoneInfo.FindSystemTimeZoneById("Asia/Jakarta");
}

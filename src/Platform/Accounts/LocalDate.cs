using Pamong.Platform.Localization;

namespace Pamong.Platform.Accounts;

/// <summary>Today's date where the Pemda is (WIB), for identifier checks and expiry dates.</summary>
internal static class LocalDate
{
    public static DateOnly Today(TimeProvider clock) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), IndonesianFormat.Wib).DateTime);
}

using Pamong.Platform.Localization;
using Pamong.Tests.Infrastructure;

namespace Pamong.Tests.Localization;

public class WibClockTests
{
    [Theory]
    [InlineData("2026-11-23T16:59:59Z", "2026-11-23")]
    [InlineData("2026-11-23T17:00:00Z", "2026-11-24")]
    [InlineData("2026-12-31T17:00:00Z", "2027-01-01")]
    public void Today_is_the_date_in_Jakarta(string utc, string wibDate)
    {
        var clock = new TestClock(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(DateOnly.Parse(wibDate, System.Globalization.CultureInfo.InvariantCulture), clock.WibToday());
    }
}

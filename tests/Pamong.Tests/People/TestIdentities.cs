using System.Globalization;
using Pamong.Platform.People;

namespace Pamong.Tests.People;

/// <summary>Valid NIKs and KK numbers no other test uses.</summary>
internal static class TestIdentities
{
    private static int _serial = Random.Shared.Next(3000, 6000);

    /// <summary>A NIK issued in <paramref name="district"/> (6 digits) for the birth date and sex, with a fresh serial.</summary>
    public static string Nik(DateOnly birthDate, Sex sex, string district = "351015")
    {
        var day = birthDate.Day + (sex == Sex.Female ? 40 : 0);
        var serial = Interlocked.Increment(ref _serial);
        return string.Create(CultureInfo.InvariantCulture, $"{district}{day:00}{birthDate.Month:00}{birthDate.Year % 100:00}{serial:0000}");
    }

    /// <summary>A KK number issued in <paramref name="district"/> on 15 August 2023, with a fresh serial.</summary>
    public static string Kk(string district = "351015") =>
        string.Create(CultureInfo.InvariantCulture, $"{district}150823{Interlocked.Increment(ref _serial):0000}");

    public static string BirthDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

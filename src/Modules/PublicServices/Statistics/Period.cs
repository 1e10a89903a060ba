using System.Globalization;
using Pamong.Platform.Web;

namespace Pamong.PublicServices.Statistics;

/// <summary>
/// A reporting period of whole days in WIB, both ends included, as the pages and the API take it
/// (<c>from=YYYY-MM-DD&amp;to=YYYY-MM-DD</c>). Without dates: from 1 January of this year to today.
/// </summary>
public sealed record Period(DateOnly From, DateOnly To)
{
    public static Outcome<Period> Parse(string? from, string? to, DateOnly today)
    {
        var errors = new FieldErrors();
        var start = Date(from, new DateOnly(today.Year, 1, 1), "from", errors);
        var end = Date(to, today, "to", errors);
        if (errors.Any)
        {
            return Refusal.Invalid("date_invalid", "Tanggal harus ditulis YYYY-MM-DD, misalnya 2026-01-31.", errors.ToDictionary());
        }

        if (start > end)
        {
            return Refusal.OnField("period_reversed", "from", "Tanggal awal (from) tidak boleh sesudah tanggal akhir (to).");
        }

        return new Period(start, end);
    }

    /// <summary>The first instant of <see cref="From"/> and the first instant after <see cref="To"/>, in UTC (WIB is UTC+7).</summary>
    public (DateTimeOffset Start, DateTimeOffset End) Instants => (StartOf(From), StartOf(To.AddDays(1)));

    /// <summary>
    /// The whole months inside the period, as [first day of the first, first day after the last); an empty range
    /// (both ends the day after <see cref="To"/>) when there is none. The days outside it are the partial months.
    /// </summary>
    public (DateOnly Start, DateOnly End) WholeMonths
    {
        get
        {
            var start = From.Day == 1 ? From : new DateOnly(From.Year, From.Month, 1).AddMonths(1);
            var end = To.AddDays(1).Day == 1 ? To.AddDays(1) : new DateOnly(To.Year, To.Month, 1);
            return start < end ? (start, end) : (To.AddDays(1), To.AddDays(1));
        }
    }

    public string Query => string.Create(CultureInfo.InvariantCulture, $"from={From:yyyy-MM-dd}&to={To:yyyy-MM-dd}");

    private static DateTimeOffset StartOf(DateOnly day) => new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(7)).ToUniversalTime();

    private static DateOnly Date(string? text, DateOnly fallback, string field, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(field, $"\"{text}\" bukan tanggal YYYY-MM-DD.");
        return fallback;
    }
}

namespace Pamong.Complaints.Deadlines;

/// <summary>Working-day arithmetic: Saturdays, Sundays and the given holidays are not working days.</summary>
public static class WorkingDays
{
    public static bool IsWorkingDay(DateOnly day, IReadOnlySet<DateOnly> holidays) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !holidays.Contains(day);

    /// <summary>The day <paramref name="days"/> working days after <paramref name="start"/> (the start day itself does not count).</summary>
    public static DateOnly Add(DateOnly start, int days, IReadOnlySet<DateOnly> holidays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var day = start;
        while (days > 0)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day, holidays))
            {
                days--;
            }
        }

        return day;
    }

    /// <summary>Working days from <paramref name="from"/> (exclusive) to <paramref name="to"/> (inclusive); negative when <paramref name="to"/> is earlier.</summary>
    public static int Between(DateOnly from, DateOnly to, IReadOnlySet<DateOnly> holidays)
    {
        if (to < from)
        {
            return -Between(to, from, holidays);
        }

        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (IsWorkingDay(day, holidays))
            {
                count++;
            }
        }

        return count;
    }
}

namespace Pamong.ServiceBench;

/// <summary>Working days as the module counts them (Monday–Friday, not a holiday), for realistic durations.</summary>
public sealed class WorkingDays(IReadOnlySet<DateOnly> holidays)
{
    public bool IsWorkingDay(DateOnly day) => day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !holidays.Contains(day);

    /// <summary>The day <paramref name="days"/> working days after <paramref name="start"/>.</summary>
    public DateOnly Add(DateOnly start, int days)
    {
        var day = start;
        while (days > 0 || !IsWorkingDay(day))
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                days--;
            }
        }

        return day;
    }
}

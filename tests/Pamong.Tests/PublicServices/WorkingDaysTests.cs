using Pamong.PublicServices.Calendar;

namespace Pamong.Tests.PublicServices;

public sealed class WorkingDaysTests
{
    // November 2026: the 20th is a Friday, 21–22 a weekend, the 23rd a Monday.
    private static readonly DateOnly Friday = new(2026, 11, 20);
    private static readonly DateOnly Monday = new(2026, 11, 23);

    [Fact]
    public void Adding_working_days_skips_the_weekend()
    {
        var days = new WorkingDays([]);
        Assert.Equal(Monday, days.Add(Friday, 1));
        Assert.Equal(new DateOnly(2026, 11, 27), days.Add(Monday, 4));
        Assert.Equal(new DateOnly(2026, 11, 30), days.Add(Monday, 5));
    }

    [Fact]
    public void Adding_working_days_skips_holidays()
    {
        var days = new WorkingDays([new DateOnly(2026, 11, 24)]);
        Assert.Equal(new DateOnly(2026, 11, 25), days.Add(Monday, 1));
        Assert.Equal(new DateOnly(2026, 11, 30), days.Add(Monday, 4));
    }

    [Fact]
    public void A_holiday_on_a_weekend_costs_no_extra_day()
    {
        var withWeekendHoliday = new WorkingDays([new DateOnly(2026, 11, 21)]);
        Assert.Equal(Monday, withWeekendHoliday.Add(Friday, 1));
        Assert.Equal(3, withWeekendHoliday.Between(Friday, new DateOnly(2026, 11, 25)));
    }

    [Fact]
    public void Zero_days_from_a_weekend_or_holiday_is_the_next_working_day()
    {
        var days = new WorkingDays([Monday]);
        Assert.Equal(new DateOnly(2026, 11, 24), days.Add(new DateOnly(2026, 11, 21), 0));
        Assert.Equal(Friday, days.Add(Friday, 0));
    }

    [Fact]
    public void Counting_between_two_dates_excludes_the_start_and_includes_the_end()
    {
        var days = new WorkingDays([new DateOnly(2026, 12, 25)]);
        Assert.Equal(0, days.Between(Friday, Friday));
        Assert.Equal(1, days.Between(Friday, Monday));
        Assert.Equal(0, days.Between(Friday, new DateOnly(2026, 11, 22)));
        Assert.Equal(3, days.Between(new DateOnly(2026, 12, 23), new DateOnly(2026, 12, 29)));
    }

    [Fact]
    public void Counting_backwards_is_negative_for_days_overdue()
    {
        var days = new WorkingDays([]);
        Assert.Equal(-1, days.Between(Monday, Friday));
        Assert.Equal(-5, days.Between(new DateOnly(2026, 11, 30), Monday));
    }

    [Fact]
    public void Adding_and_counting_agree()
    {
        var days = new WorkingDays([new DateOnly(2026, 12, 18), new DateOnly(2026, 12, 25), new DateOnly(2026, 12, 26)]);
        for (var n = 0; n < 30; n++)
        {
            var due = days.Add(new DateOnly(2026, 12, 1), n);
            Assert.Equal(n, days.Between(new DateOnly(2026, 12, 1), due));
        }
    }
}

using Pamong.Platform.People;

namespace Pamong.Tests.People;

public class NipTests
{
    private static string[] Codes(NipCheck check) => check.Problems.Select(p => p.Code).ToArray();

    [Fact]
    public void Nip_carries_birth_date_appointment_sex_and_serial()
    {
        var check = Nip.Check("198507172010011003");

        Assert.True(check.Valid);
        Assert.Empty(check.Problems);
        Assert.Equal(new DateOnly(1985, 7, 17), check.BirthDate);
        Assert.Equal(new DateOnly(2010, 1, 1), check.Appointment);
        Assert.Equal(Sex.Male, check.Sex);

        Assert.True(Nip.TryParse(" 198507172010011003 ", out var nip));
        Assert.Equal(new DateOnly(1985, 7, 17), nip.BirthDate);
        Assert.Equal(new DateOnly(2010, 1, 1), nip.Appointment);
        Assert.Equal(Sex.Male, nip.Sex);
        Assert.Equal(3, nip.Serial);
        Assert.Equal("198507172010011003", nip.ToString());
    }

    [Fact]
    public void Nip_sex_digit_two_is_a_woman()
    {
        Assert.True(Nip.TryParse("198507172010012003", out var nip));
        Assert.Equal(Sex.Female, nip.Sex);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("19850717201001100")]
    [InlineData("1985071720100110033")]
    [InlineData("19850717 201001 1 003")]
    [InlineData("19850717201001100O")]
    public void Nip_that_is_not_eighteen_digits_reports_only_that(string? input)
    {
        var check = Nip.Check(input);

        Assert.False(check.Valid);
        Assert.Equal(["nip_not_18_digits"], Codes(check));
    }

    [Theory]
    [InlineData("198502292010011003")] // 1985 is not a leap year
    [InlineData("198513172010011003")]
    [InlineData("198507002010011003")]
    [InlineData("000007172010011003")] // year 0000
    public void Nip_with_an_impossible_birth_date_is_an_error(string input)
    {
        var check = Nip.Check(input);

        Assert.Equal(["nip_birth_date_invalid"], Codes(check));
        Assert.Null(check.BirthDate);
    }

    [Fact]
    public void Nip_born_on_a_leap_day_is_valid()
    {
        Assert.Equal(new DateOnly(1984, 2, 29), Nip.Check("198402292010011003").BirthDate);
    }

    [Theory]
    [InlineData("198507172010001003")] // month 00
    [InlineData("198507172010131003")] // month 13
    [InlineData("198507172003061003")] // June 2003, a month before the 18th birthday
    [InlineData("198507171999011003")]
    public void Nip_with_an_impossible_appointment_is_an_error(string input)
    {
        var check = Nip.Check(input);

        Assert.Equal(["nip_appointment_invalid"], Codes(check));
        Assert.Null(check.Appointment);
    }

    [Fact]
    public void Appointment_in_the_month_of_the_eighteenth_birthday_is_valid()
    {
        Assert.True(Nip.Check("198507172003071003").Valid);
    }

    [Fact]
    public void Appointment_age_is_not_checked_when_the_birth_date_is_invalid()
    {
        Assert.Equal(["nip_birth_date_invalid"], Codes(Nip.Check("198502301990011003")));
    }

    [Theory]
    [InlineData("198507172010010003")]
    [InlineData("198507172010013003")]
    [InlineData("198507172010019003")]
    public void Nip_with_a_sex_digit_other_than_one_or_two_is_an_error(string input)
    {
        var check = Nip.Check(input);

        Assert.Equal(["nip_sex_invalid"], Codes(check));
        Assert.Null(check.Sex);
    }

    [Fact]
    public void Nip_with_serial_zero_is_an_error()
    {
        Assert.Equal(["nip_serial_zero"], Codes(Nip.Check("198507172010011000")));
    }

    [Fact]
    public void Every_problem_is_reported_together()
    {
        var check = Nip.Check("198502302010133000");

        Assert.False(check.Valid);
        Assert.Equal(
            ["nip_birth_date_invalid", "nip_appointment_invalid", "nip_sex_invalid", "nip_serial_zero"],
            Codes(check));
        Assert.All(check.Problems, p => Assert.Equal(ProblemSeverity.Error, p.Severity));
    }

    [Fact]
    public void TryParse_rejects_a_nip_with_errors()
    {
        Assert.False(Nip.TryParse("198507172010011000", out var nip));
        Assert.Equal(default, nip);
    }
}

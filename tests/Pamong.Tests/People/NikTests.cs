using Pamong.Platform.People;

namespace Pamong.Tests.People;

public class NikTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static string[] Codes(NikCheck check) => check.Problems.Select(p => p.Code).ToArray();

    [Fact]
    public void Nik_of_a_woman_has_forty_added_to_the_birth_day()
    {
        var check = Nik.Check("3510015705900001", Today);

        Assert.True(check.Valid);
        Assert.Empty(check.Problems);
        Assert.Equal("35.10.01", check.RegionCode);
        Assert.Equal(new DateOnly(1990, 5, 17), check.BirthDate);
        Assert.Equal(Sex.Female, check.Sex);
    }

    [Fact]
    public void Nik_of_a_man_has_the_birth_day_as_is()
    {
        var check = Nik.Check("3510011705900001", Today);

        Assert.True(check.Valid);
        Assert.Equal(new DateOnly(1990, 5, 17), check.BirthDate);
        Assert.Equal(Sex.Male, check.Sex);
    }

    [Fact]
    public void Parsed_nik_exposes_its_parts()
    {
        Assert.True(Nik.TryParse("3510015705901234", Today, out var nik));

        Assert.Equal("35.10.01", nik.DistrictCode);
        Assert.Equal(new DateOnly(1990, 5, 17), nik.BirthDate);
        Assert.Equal(Sex.Female, nik.Sex);
        Assert.Equal(1234, nik.Serial);
        Assert.Equal("3510015705901234", nik.ToString());
    }

    [Fact]
    public void Masked_nik_keeps_only_the_first_and_last_four_digits()
    {
        Assert.True(Nik.TryParse("3510015705900001", Today, out var nik));

        Assert.Equal("3510********0001", nik.Masked());
    }

    [Fact]
    public void Surrounding_whitespace_is_trimmed()
    {
        var check = Nik.Check("  3510015705900001\t\n", Today);

        Assert.True(check.Valid);
        Assert.Equal("3510015705900001", check.Input);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("351001570590001")]
    [InlineData("35100157059000011")]
    [InlineData("351001570590000A")]
    [InlineData("3510 0157 0590 0001")]
    [InlineData("35.10.01.570590.0001")]
    [InlineData("-351001570590001")]
    [InlineData("３５１００１５７０５９００００１")]
    public void Nik_that_is_not_sixteen_ascii_digits_reports_only_that(string? input)
    {
        var check = Nik.Check(input, Today, _ => throw new InvalidOperationException("must not be called"));

        Assert.False(check.Valid);
        Assert.Equal(["nik_not_16_digits"], Codes(check));
        Assert.Null(check.RegionCode);
        Assert.Null(check.BirthDate);
        Assert.Null(check.Sex);
    }

    [Theory]
    [InlineData("0010015705900001", "nik_province_zero")]
    [InlineData("3500015705900001", "nik_regency_zero")]
    [InlineData("3510005705900001", "nik_district_zero")]
    [InlineData("3510015705900000", "nik_serial_zero")]
    public void Nik_with_a_zero_part_is_an_error(string input, string code)
    {
        var check = Nik.Check(input, Today);

        Assert.False(check.Valid);
        var problem = Assert.Single(check.Problems);
        Assert.Equal(code, problem.Code);
        Assert.Equal(ProblemSeverity.Error, problem.Severity);
        Assert.NotEmpty(problem.Message);
    }

    [Fact]
    public void Region_code_is_not_reported_when_a_part_is_zero()
    {
        Assert.Null(Nik.Check("3510005705900001", Today).RegionCode);
    }

    [Theory]
    [InlineData("310290")] // 31 February
    [InlineData("000190")] // day 0
    [InlineData("320190")] // neither a man's nor a woman's day
    [InlineData("400190")]
    [InlineData("720190")]
    [InlineData("991290")]
    [InlineData("171390")] // month 13
    [InlineData("170090")] // month 0
    [InlineData("290201")] // 2001 is not a leap year
    [InlineData("690290")] // a woman born on 29 February 1990
    [InlineData("710490")] // a woman born on 31 April
    public void Nik_with_an_impossible_birth_date_is_an_error(string ddmmyy)
    {
        var check = Nik.Check($"351001{ddmmyy}0001", Today);

        Assert.False(check.Valid);
        Assert.Equal(["nik_birth_date_invalid"], Codes(check));
        Assert.Null(check.BirthDate);
    }

    [Theory]
    [InlineData("290200", 2000, 2, 29)] // 2000 is a leap year
    [InlineData("690200", 2000, 2, 29)]
    [InlineData("290296", 1996, 2, 29)]
    [InlineData("290204", 2004, 2, 29)]
    [InlineData("010190", 1990, 1, 1)]
    [InlineData("311290", 1990, 12, 31)]
    [InlineData("410190", 1990, 1, 1)]
    [InlineData("711290", 1990, 12, 31)]
    public void Nik_with_a_real_birth_date_is_valid(string ddmmyy, int year, int month, int day)
    {
        var check = Nik.Check($"351001{ddmmyy}0001", Today);

        Assert.True(check.Valid);
        Assert.Equal(new DateOnly(year, month, day), check.BirthDate);
    }

    [Fact]
    public void Sex_is_read_even_when_the_month_is_invalid()
    {
        var check = Nik.Check("3510015713900001", Today);

        Assert.Equal(["nik_birth_date_invalid"], Codes(check));
        Assert.Equal(Sex.Female, check.Sex);
    }

    [Theory]
    [InlineData("010100", 2000)]
    [InlineData("010126", 2026)] // this year
    [InlineData("010127", 1927)] // 2027 has not come yet
    [InlineData("010199", 1999)]
    [InlineData("010125", 2025)] // ambiguous with 1925: the most recent is taken
    public void Two_digit_birth_year_resolves_to_the_most_recent_past_century(string ddmmyy, int year)
    {
        var check = Nik.Check($"351001{ddmmyy}0001", Today);

        Assert.Equal(year, check.BirthDate?.Year);
    }

    [Fact]
    public void Leap_day_is_checked_in_the_resolved_year()
    {
        var in1999 = new DateOnly(1999, 12, 31);

        var check = Nik.Check("3510012902000001", in1999); // resolves to 1900, not a leap year

        Assert.Equal(["nik_birth_date_invalid"], Codes(check));
        Assert.Equal(new DateOnly(1900, 1, 1), Nik.Check("3510010101000001", in1999).BirthDate);
    }

    [Fact]
    public void Birth_date_later_this_year_is_only_a_warning()
    {
        var check = Nik.Check("3510010112260001", Today);

        Assert.True(check.Valid);
        var problem = Assert.Single(check.Problems);
        Assert.Equal("nik_birth_date_future", problem.Code);
        Assert.Equal(ProblemSeverity.Warning, problem.Severity);
        Assert.Equal(new DateOnly(2026, 12, 1), check.BirthDate);
    }

    [Fact]
    public void Birth_date_of_today_is_not_in_the_future()
    {
        Assert.Empty(Nik.Check("3510012311260001", Today).Problems);
    }

    [Fact]
    public void Unknown_district_is_a_warning_and_the_lookup_gets_the_dotted_code()
    {
        var asked = new List<string>();

        var check = Nik.Check("3510015705900001", Today, code =>
        {
            asked.Add(code);
            return false;
        });

        Assert.Equal(["35.10.01"], asked);
        Assert.True(check.Valid);
        var problem = Assert.Single(check.Problems);
        Assert.Equal("nik_district_unknown", problem.Code);
        Assert.Equal(ProblemSeverity.Warning, problem.Severity);
        Assert.Contains("35.10.01", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Known_district_gives_no_warning()
    {
        Assert.Empty(Nik.Check("3510015705900001", Today, code => code == "35.10.01").Problems);
    }

    [Fact]
    public void Every_problem_is_reported_together()
    {
        var check = Nik.Check("0000003202900000", Today);

        Assert.False(check.Valid);
        Assert.Equal(
            ["nik_province_zero", "nik_regency_zero", "nik_district_zero", "nik_birth_date_invalid", "nik_serial_zero"],
            Codes(check));
        Assert.All(check.Problems, p => Assert.Equal(ProblemSeverity.Error, p.Severity));
    }

    [Fact]
    public void Warnings_are_reported_together()
    {
        var check = Nik.Check("3510010112260001", Today, _ => false);

        Assert.True(check.Valid);
        Assert.Equal(["nik_district_unknown", "nik_birth_date_future"], Codes(check));
    }

    [Fact]
    public void TryParse_accepts_a_nik_with_only_warnings()
    {
        Assert.True(Nik.TryParse("3510010112260001", Today, out var nik));
        Assert.Equal(new DateOnly(2026, 12, 1), nik.BirthDate);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("3510013202900001")]
    [InlineData("3510015705900000")]
    public void TryParse_rejects_a_nik_with_errors(string? input)
    {
        Assert.False(Nik.TryParse(input, Today, out var nik));
        Assert.Equal(default, nik);
    }

    [Fact]
    public void Niks_with_the_same_digits_are_equal()
    {
        Assert.True(Nik.TryParse("3510015705900001", Today, out var a));
        Assert.True(Nik.TryParse(" 3510015705900001 ", Today, out var b));

        Assert.Equal(a, b);
    }
}

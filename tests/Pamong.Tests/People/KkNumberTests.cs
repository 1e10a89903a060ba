using Pamong.Platform.People;

namespace Pamong.Tests.People;

public class KkNumberTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static string[] Codes(KkCheck check) => check.Problems.Select(p => p.Code).ToArray();

    [Fact]
    public void Kk_number_carries_district_issue_date_and_serial()
    {
        var check = KkNumber.Check("3510012304180012", Today);

        Assert.True(check.Valid);
        Assert.Empty(check.Problems);
        Assert.Equal("35.10.01", check.RegionCode);
        Assert.Equal(new DateOnly(2018, 4, 23), check.IssueDate);

        Assert.True(KkNumber.TryParse("3510012304180012", Today, out var kk));
        Assert.Equal("35.10.01", kk.DistrictCode);
        Assert.Equal(new DateOnly(2018, 4, 23), kk.IssueDate);
        Assert.Equal(12, kk.Serial);
        Assert.Equal("3510012304180012", kk.ToString());
    }

    [Fact]
    public void Masked_kk_number_keeps_only_the_first_and_last_four_digits()
    {
        Assert.True(KkNumber.TryParse("3510012304180012", Today, out var kk));

        Assert.Equal("3510********0012", kk.Masked());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("351001230418001")]
    [InlineData("35100123041800123")]
    [InlineData("35100123041800l2")]
    [InlineData("3510 0123 0418 0012")]
    public void Kk_number_that_is_not_sixteen_digits_reports_only_that(string? input)
    {
        var check = KkNumber.Check(input, Today);

        Assert.False(check.Valid);
        Assert.Equal(["kk_not_16_digits"], Codes(check));
        Assert.Null(check.RegionCode);
        Assert.Null(check.IssueDate);
    }

    [Theory]
    [InlineData("0010012304180012", "kk_province_zero")]
    [InlineData("3500012304180012", "kk_regency_zero")]
    [InlineData("3510002304180012", "kk_district_zero")]
    [InlineData("3510012304180000", "kk_serial_zero")]
    [InlineData("3510013102180012", "kk_issue_date_invalid")]
    [InlineData("3510016304180012", "kk_issue_date_invalid")] // no +40 rule on a family card
    [InlineData("3510012313180012", "kk_issue_date_invalid")]
    [InlineData("3510012902190012", "kk_issue_date_invalid")]
    public void Kk_number_with_a_broken_part_is_an_error(string input, string code)
    {
        var check = KkNumber.Check(input, Today);

        Assert.False(check.Valid);
        var problem = Assert.Single(check.Problems);
        Assert.Equal(code, problem.Code);
        Assert.Equal(ProblemSeverity.Error, problem.Severity);
    }

    [Fact]
    public void Issue_date_on_a_leap_day_follows_the_resolved_century()
    {
        Assert.Equal(new DateOnly(2000, 2, 29), KkNumber.Check("3510012902000012", Today).IssueDate);
        Assert.Equal(["kk_issue_date_invalid"], Codes(KkNumber.Check("3510012902000012", new DateOnly(1999, 12, 31))));
        Assert.Equal(new DateOnly(1999, 1, 1), KkNumber.Check("3510010101990012", Today).IssueDate);
    }

    [Fact]
    public void Issue_date_later_this_year_is_only_a_warning()
    {
        var check = KkNumber.Check("3510010112260012", Today);

        Assert.True(check.Valid);
        var problem = Assert.Single(check.Problems);
        Assert.Equal("kk_issue_date_future", problem.Code);
        Assert.Equal(ProblemSeverity.Warning, problem.Severity);
        Assert.True(KkNumber.TryParse("3510010112260012", Today, out _));
    }

    [Fact]
    public void Every_problem_is_reported_together()
    {
        var check = KkNumber.Check("0000004102180000", Today);

        Assert.Equal(
            ["kk_province_zero", "kk_regency_zero", "kk_district_zero", "kk_issue_date_invalid", "kk_serial_zero"],
            Codes(check));
    }

    [Fact]
    public void TryParse_rejects_a_kk_number_with_errors()
    {
        Assert.False(KkNumber.TryParse("3510012304180000", Today, out var kk));
        Assert.Equal(default, kk);
        Assert.False(KkNumber.TryParse("not a number", Today, out _));
    }
}

using Pamong.Platform.Regions;

namespace Pamong.Tests.Regions;

public class RegionCodeTests
{
    [Theory]
    [InlineData("35", RegionLevel.Province)]
    [InlineData("35.10", RegionLevel.Regency)]
    [InlineData("35.10.16", RegionLevel.District)]
    [InlineData("35.10.16.1001", RegionLevel.Village)]
    public void Each_shape_names_its_level(string code, RegionLevel level)
    {
        Assert.True(RegionCode.IsWellFormed(code));
        Assert.Equal(level, RegionCode.LevelOf(code));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("3")]
    [InlineData("3510")]
    [InlineData("35.1")]
    [InlineData("35,10")]
    [InlineData("35.10.")]
    [InlineData("3a.10")]
    [InlineData("35.10.16.100")]
    [InlineData("35.10.16.10011")]
    [InlineData("35.10.16-1001")]
    [InlineData("٣٥.١٠")]
    public void Anything_else_is_malformed(string? code)
    {
        Assert.False(RegionCode.IsWellFormed(code));
    }

    [Theory]
    [InlineData("35", "35")]
    [InlineData("351", "35.1")]
    [InlineData("3510", "35.10")]
    [InlineData("351016", "35.10.16")]
    [InlineData("3510161001", "35.10.16.1001")]
    public void Plain_digits_are_written_with_dots(string digits, string dotted)
    {
        Assert.Equal(dotted, RegionCode.Dotted(digits));
    }

    [Theory]
    [InlineData("")]
    [InlineData("35.10")]
    [InlineData("35101610011")]
    [InlineData("kemiren")]
    public void Only_one_to_ten_digits_are_dotted(string input)
    {
        Assert.Null(RegionCode.Dotted(input));
    }
}

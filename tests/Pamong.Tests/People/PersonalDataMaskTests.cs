using Microsoft.Extensions.Options;
using Pamong.Platform.People;

namespace Pamong.Tests.People;

public sealed class PersonalDataMaskTests
{
    private static PersonalDataMask Mask(MaskingOptions? options = null) => new(Options.Create(options ?? new MaskingOptions()));

    [Fact]
    public void Default_NIK_mask_matches_Nik_Masked()
    {
        Assert.True(Nik.TryParse("3510155705900001", new DateOnly(2026, 11, 23), out var nik));
        Assert.Equal(nik.Masked(), Mask().Number("3510155705900001"));
        Assert.Equal("3510********0001", Mask().Number("3510155705900001"));
    }

    [Fact]
    public void Number_of_digits_kept_is_configurable()
    {
        Assert.Equal("351015******0001", Mask(new MaskingOptions { KeepStart = 6 }).Number("3510155705900001"));
        Assert.Equal("35##############", Mask(new MaskingOptions { KeepStart = 2, KeepEnd = 0, MaskCharacter = '#' }).Number("3510155705900001"));
    }

    [Fact]
    public void Too_short_a_value_is_masked_entirely() => Assert.Equal("*****", Mask().Number("12345"));

    [Fact]
    public void Names_keep_the_first_letter_of_every_word() => Assert.Equal("S*** R*****", Mask().Name(" Siti  Rahayu "));
}

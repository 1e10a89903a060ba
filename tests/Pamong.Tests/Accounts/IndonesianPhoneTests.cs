using Pamong.Platform.Accounts.Registration;

namespace Pamong.Tests.Accounts;

public sealed class IndonesianPhoneTests
{
    [Theory]
    [InlineData("081234567890", "+6281234567890")]
    [InlineData("0812-3456-7890", "+6281234567890")]
    [InlineData("0812 3456 789", "+628123456789")]
    [InlineData("+62 812 3456 7890", "+6281234567890")]
    [InlineData("6285712345678", "+6285712345678")]
    [InlineData("(0821) 1234.5678", "+6282112345678")]
    public void Mobile_numbers_are_stored_in_E164(string typed, string stored)
    {
        Assert.True(IndonesianPhone.TryNormalise(typed, out var e164));
        Assert.Equal(stored, e164);
    }

    [Theory]
    [InlineData("")]
    [InlineData("0333123456")]
    [InlineData("+6581234567")]
    [InlineData("0812345")]
    [InlineData("08123456789012345")]
    [InlineData("0812abc45678")]
    [InlineData("81234567890")]
    public void Other_numbers_are_refused(string typed) => Assert.False(IndonesianPhone.TryNormalise(typed, out _));

    [Fact]
    public void A_number_is_masked_for_display() => Assert.Equal("+62812****7890", IndonesianPhone.Masked("+6281234567890"));

    [Theory]
    [InlineData("siti@example.go.id", true)]
    [InlineData(" siti.rahayu@desa.id ", true)]
    [InlineData("siti@", false)]
    [InlineData("siti@localhost", false)]
    [InlineData("Siti <siti@example.id>", false)]
    public void Email_addresses_are_checked(string typed, bool valid) => Assert.Equal(valid, EmailAddress.TryNormalise(typed, out _));
}

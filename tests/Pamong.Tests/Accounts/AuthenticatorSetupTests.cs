using Pamong.Platform.Accounts.TwoFactor;

namespace Pamong.Tests.Accounts;

public sealed class AuthenticatorSetupTests
{
    private readonly AuthenticatorSetup _setup = AuthenticatorSetup.For("abcdefghijklmnopqrstuvwxyz234567", "admin", "banyuwangi");

    [Fact]
    public void The_key_is_shown_in_groups_of_four() =>
        Assert.Equal("ABCD EFGH IJKL MNOP QRST UVWX YZ23 4567", _setup.GroupedKey);

    [Fact]
    public void The_uri_names_Pamong_as_issuer_and_the_account_with_its_pemda() =>
        Assert.Equal("otpauth://totp/Pamong%3Aadmin%40banyuwangi?secret=abcdefghijklmnopqrstuvwxyz234567&issuer=Pamong&digits=6", _setup.Uri);

    [Fact]
    public void The_qr_code_is_inline_svg()
    {
        var svg = _setup.QrSvg();
        Assert.StartsWith("<svg", svg.TrimStart(), StringComparison.Ordinal);
        Assert.DoesNotContain("<script", svg, StringComparison.OrdinalIgnoreCase);
    }
}

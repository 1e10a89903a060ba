using System.Text;
using QRCoder;

namespace Pamong.Platform.Accounts.TwoFactor;

/// <summary>What an authenticator app needs: the key (typed in groups of four) or the otpauth URI as a QR code.</summary>
public sealed record AuthenticatorSetup(string Key, string Uri)
{
    public const string Issuer = "Pamong";

    public static AuthenticatorSetup For(string key, string userName, string tenantId)
    {
        var label = System.Uri.EscapeDataString($"{Issuer}:{userName}@{tenantId}");
        return new AuthenticatorSetup(key, $"otpauth://totp/{label}?secret={key}&issuer={Issuer}&digits=6");
    }

    /// <summary>"ABCD EFGH IJKL …", lower-case letters kept as upper case.</summary>
    public string GroupedKey
    {
        get
        {
            var grouped = new StringBuilder();
            for (var i = 0; i < Key.Length; i += 4)
            {
                grouped.Append(grouped.Length > 0 ? " " : "").Append(Key.AsSpan(i, Math.Min(4, Key.Length - i)));
            }

            return grouped.ToString().ToUpperInvariant();
        }
    }

    /// <summary>The URI as an inline SVG QR code (no image request, works without JavaScript).</summary>
    public string QrSvg()
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(Uri, QRCodeGenerator.ECCLevel.Q);
        return new SvgQRCode(data).GetGraphic(5);
    }
}

using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.RegularExpressions;

namespace Pamong.Platform.Signing;

/// <summary>
/// Checks the (last) signature embedded in a PDF the way a reader does: reads /ByteRange and /Contents, verifies
/// the CMS signature over those bytes, whether the ranges cover the whole file but the signature itself, and
/// whether the signer's certificate chains to a given root (the Pemda's root CA).
/// </summary>
public static partial class PdfSignatureCheck
{
    public static SignatureCheck Check(byte[] pdf, X509Certificate2? trustedRoot = null, DateTime? at = null)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var match = ByteRange().Matches(text).LastOrDefault();
        if (match is null)
        {
            return SignatureCheck.NotFound;
        }

        var range = Enumerable.Range(1, 4).Select(i => long.Parse(match.Groups[i].Value, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        if (range[0] != 0 || range[1] <= 0 || range[2] <= range[1] || range[2] + range[3] > pdf.Length)
        {
            return SignatureCheck.NotFound with { Found = true };
        }

        var coversWholeFile = range[2] + range[3] == pdf.Length;
        var hex = text[(int)range[1]..(int)range[2]].Trim('<', '>', ' ', '\r', '\n');
        var signed = new byte[range[1] + range[3]];
        Array.Copy(pdf, 0, signed, 0, range[1]);
        Array.Copy(pdf, range[2], signed, range[1], range[3]);
        try
        {
            var contents = Convert.FromHexString(hex);
            AsnDecoder.ReadEncodedValue(contents, AsnEncodingRules.BER, out _, out _, out var length);
            var cms = new SignedCms(new ContentInfo(signed), detached: true);
            cms.Decode(contents.AsSpan(0, length));
            cms.CheckSignature(verifySignatureOnly: true);
            var signer = cms.SignerInfos[0].Certificate;
            var chained = signer is not null && trustedRoot is not null && ChainsTo(signer, cms.Certificates, trustedRoot, at);
            return new SignatureCheck(true, true, coversWholeFile, signer, chained);
        }
        catch (Exception e) when (e is CryptographicException or FormatException or AsnContentException or InvalidOperationException)
        {
            return new SignatureCheck(true, false, coversWholeFile, null, false);
        }
    }

    /// <summary>Whether <paramref name="certificate"/> chains to <paramref name="root"/> alone (no system trust, no revocation lookup).</summary>
    public static bool ChainsTo(X509Certificate2 certificate, X509Certificate2Collection intermediates, X509Certificate2 root, DateTime? at = null)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(root);
        chain.ChainPolicy.ExtraStore.AddRange(intermediates);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        if (at is not null)
        {
            chain.ChainPolicy.VerificationTime = at.Value;
        }

        return chain.Build(certificate) && chain.ChainElements[^1].Certificate.RawData.AsSpan().SequenceEqual(root.RawData);
    }

    [GeneratedRegex(@"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]")]
    private static partial Regex ByteRange();
}

/// <summary>
/// The result of <see cref="PdfSignatureCheck.Check"/>: whether a signature was found, whether it verifies over the
/// signed bytes, whether it covers the whole file (nothing appended after signing), its signer, and whether the
/// signer chains to the trusted root.
/// </summary>
public sealed record SignatureCheck(bool Found, bool Valid, bool CoversWholeFile, X509Certificate2? Signer, bool ChainsToRoot)
{
    public static readonly SignatureCheck NotFound = new(false, false, false, null, false);
}

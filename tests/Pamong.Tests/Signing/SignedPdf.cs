using System.Diagnostics;
using System.Formats.Asn1;
using System.Globalization;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.RegularExpressions;

namespace Pamong.Tests.Signing;

/// <summary>
/// Reads a signed PDF's signature independently of the product's own checker: the /ByteRange, the /Contents CMS,
/// the signature over the ranges and the chain to a root; and asks poppler's pdfsig when it is installed.
/// </summary>
public static partial class SignedPdf
{
    public const string PdfSig = "/usr/bin/pdfsig";

    public sealed record Parsed(long[] Range, SignedCms Cms, string Dictionary);

    public static Parsed Parse(byte[] pdf)
    {
        var raw = Encoding.Latin1.GetString(pdf);
        var match = ByteRange().Match(raw);
        Assert.True(match.Success, "no /ByteRange");
        var range = Enumerable.Range(1, 4).Select(i => long.Parse(match.Groups[i].Value, CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(0, range[0]);
        Assert.Equal(pdf.Length, range[2] + range[3]);
        Assert.Equal('<', raw[(int)range[1]]);
        Assert.Equal('>', raw[(int)range[2] - 1]);

        var signed = pdf[..(int)range[1]].Concat(pdf[(int)range[2]..]).ToArray();
        var contents = Convert.FromHexString(raw[((int)range[1] + 1)..((int)range[2] - 1)]);
        AsnDecoder.ReadEncodedValue(contents, AsnEncodingRules.BER, out _, out _, out var length);
        var cms = new SignedCms(new ContentInfo(signed), detached: true);
        cms.Decode(contents.AsSpan(0, length));
        var start = raw.LastIndexOf("/Type /Sig", (int)range[1], StringComparison.Ordinal);
        return new Parsed(range, cms, raw[start..(int)range[1]]);
    }

    public static void AssertChainsTo(X509Certificate2 signer, X509Certificate2Collection extra, X509Certificate2 root)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(root);
        chain.ChainPolicy.ExtraStore.AddRange(extra);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        Assert.True(chain.Build(signer), string.Join("; ", chain.ChainStatus.Select(s => s.StatusInformation)));
        Assert.Equal(root.Thumbprint, chain.ChainElements[^1].Certificate.Thumbprint);
    }

    /// <summary>pdfsig's report of the file, or null when poppler is not installed.</summary>
    public static string? PdfSigReport(byte[] pdf)
    {
        if (!File.Exists(PdfSig))
        {
            return null;
        }

        var path = Path.Combine(Path.GetTempPath(), "pamong-signed-" + Guid.NewGuid().ToString("N") + ".pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo(PdfSig, ["-nocert", path]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            process.WaitForExit();
            return output;
        }
        finally
        {
            File.Delete(path);
        }
    }

    [GeneratedRegex(@"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]")]
    private static partial Regex ByteRange();
}

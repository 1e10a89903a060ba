using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Pamong.Platform.Signing;

/// <summary>The unguessable verification codes and the public URL a document's QR code opens (/verifikasi/{code}).</summary>
public sealed class VerificationLinks(IHttpContextAccessor http, IOptions<SigningOptions> options)
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /// <summary>24 characters from a 32-letter alphabet without look-alikes: 120 random bits.</summary>
    public static string NewCode()
    {
        var code = new char[24];
        for (var i = 0; i < code.Length; i++)
        {
            code[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return new string(code);
    }

    /// <summary>A code as typed or scanned: trimmed, upper case; null when it cannot be a code.</summary>
    public static string? Normalise(string? code)
    {
        var clean = (code ?? "").Trim().ToUpperInvariant();
        return clean.Length is > 0 and <= 40 && clean.All(Alphabet.Contains) ? clean : null;
    }

    public string For(string code) => BaseUrl() + "/verifikasi/" + code;

    private string BaseUrl()
    {
        if (!string.IsNullOrWhiteSpace(options.Value.PublicBaseUrl))
        {
            return options.Value.PublicBaseUrl.TrimEnd('/');
        }

        var request = http.HttpContext?.Request;
        return request is null ? "http://localhost" : $"{request.Scheme}://{request.Host}{request.PathBase}";
    }
}

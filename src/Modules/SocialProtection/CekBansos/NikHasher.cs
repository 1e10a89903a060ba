using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Pamong.SocialProtection.CekBansos;

/// <summary>
/// The Cek Bansos key of a NIK: HMAC-SHA-256 under the deployment's secret lookup key (configuration
/// "Perlinsos:CekBansos:LookupKey"), truncated to 128 bits. A NIK has few possible values, so a plain hash could be
/// reversed by trying them all; without the key the table reveals nothing.
/// </summary>
public sealed class NikHasher(IOptions<CekBansosOptions> options)
{
    private readonly byte[] _key = Encoding.UTF8.GetBytes(options.Value.LookupKey);

    public string Hash(string tenantId, string nik)
    {
        Span<byte> input = stackalloc byte[64];
        var length = Encoding.ASCII.GetBytes(tenantId + ":" + nik, input);
        Span<byte> mac = stackalloc byte[32];
        HMACSHA256.HashData(_key, input[..length], mac);
        return Convert.ToHexStringLower(mac[..16]);
    }
}

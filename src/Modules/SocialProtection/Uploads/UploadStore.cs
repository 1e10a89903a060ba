using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;
using Pamong.Platform.Data;
using Pamong.Platform.Files;

namespace Pamong.SocialProtection.Uploads;

/// <summary>
/// Perlinsos files (musdes minutes, appeal evidence, proof of hand-over) on disk:
/// {DataFolder}/perlinsos-files/{tenant}/{sha256}. The kind is sniffed from the first bytes, whatever the name
/// says; anything else, empty or too large is refused.
/// </summary>
public sealed class UploadStore(IConfiguration configuration)
{
    public const long MaxBytes = 10 * 1024 * 1024;

    private readonly string _root = Path.GetFullPath(Path.Combine(
        configuration[$"{DatabaseOptions.Section}:{nameof(DatabaseOptions.DataFolder)}"] ?? new DatabaseOptions().DataFolder, "perlinsos-files"));

    public static UploadKind? Sniff(ReadOnlySpan<byte> head) => FileSniffer.ByHead(head) switch
    {
        var kind when kind == FileSniffer.Pdf => UploadKind.Pdf,
        var kind when kind == FileSniffer.Jpeg => UploadKind.Jpeg,
        var kind when kind == FileSniffer.Png => UploadKind.Png,
        _ => null,
    };

    /// <summary>Reads the upload (at most <see cref="MaxBytes"/>), checks its kind against <paramref name="allowed"/>, and keeps it; null when refused.</summary>
    public async Task<(string Sha256, UploadKind Kind)?> KeepAsync(string tenantId, Stream upload, IReadOnlyCollection<UploadKind> allowed, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await upload.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        var bytes = buffer.ToArray();
        if (Sniff(bytes) is not { } kind || !allowed.Contains(kind))
        {
            return null;
        }

        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var path = PathOf(tenantId, sha);
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var partial = path + "." + Guid.NewGuid().ToString("N") + ".part";
            await File.WriteAllBytesAsync(partial, bytes, ct);
            File.Move(partial, path, overwrite: true);
        }

        return (sha, kind);
    }

    public string? Find(string tenantId, string sha256)
    {
        var path = PathOf(tenantId, sha256);
        return File.Exists(path) ? path : null;
    }

    private string PathOf(string tenantId, string sha256)
    {
        if (sha256.Length != 64 || !sha256.All(Uri.IsHexDigit) || tenantId.Any(c => !char.IsAsciiLetterOrDigit(c) && c != '-' && c != '_'))
        {
            throw new ArgumentException("Not a stored Perlinsos file.");
        }

        return Path.Combine(_root, tenantId, sha256);
    }
}

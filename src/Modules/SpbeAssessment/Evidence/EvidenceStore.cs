using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;
using Pamong.Platform.Data;

namespace Pamong.SpbeAssessment.Evidence;

/// <summary>
/// Evidence files on disk: {DataFolder}/spbe-evidence/{tenant}/{first two hex digits}/{sha256}. A file is
/// named by its content, so the same document uploaded twice is kept once and any change to it shows.
/// </summary>
public sealed class EvidenceStore(IConfiguration configuration)
{
    private readonly string _root = Path.GetFullPath(Path.Combine(
        configuration[$"{DatabaseOptions.Section}:{nameof(DatabaseOptions.DataFolder)}"] ?? new DatabaseOptions().DataFolder,
        "spbe-evidence"));

    /// <summary>Copies at most <paramref name="maxBytes"/> of an upload into a temporary file; null when it is larger.</summary>
    public async Task<FileStream?> BufferAsync(Stream upload, long maxBytes, CancellationToken ct)
    {
        Directory.CreateDirectory(_root);
        var temp = new FileStream(Path.Combine(_root, "upload-" + Guid.NewGuid().ToString("N")), FileMode.CreateNew, FileAccess.ReadWrite,
            FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = await upload.ReadAsync(buffer, ct)) > 0)
        {
            total += read;
            if (total > maxBytes)
            {
                await temp.DisposeAsync();
                return null;
            }

            await temp.WriteAsync(buffer.AsMemory(0, read), ct);
        }

        temp.Position = 0;
        return temp;
    }

    /// <summary>Keeps the buffered file under its SHA-256 and returns the hash.</summary>
    public async Task<string> KeepAsync(string tenantId, FileStream buffered, CancellationToken ct)
    {
        buffered.Position = 0;
        var sha = Convert.ToHexStringLower(await SHA256.HashDataAsync(buffered, ct));
        var path = PathOf(tenantId, sha);
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var partial = path + "." + Guid.NewGuid().ToString("N") + ".part";
            buffered.Position = 0;
            await using (var target = new FileStream(partial, FileMode.CreateNew, FileAccess.Write))
            {
                await buffered.CopyToAsync(target, ct);
            }

            File.Move(partial, path, overwrite: true);
        }

        return sha;
    }

    /// <summary>The stored file of a hash, or null when it is missing.</summary>
    public string? Find(string tenantId, string sha256)
    {
        var path = PathOf(tenantId, sha256);
        return File.Exists(path) ? path : null;
    }

    private string PathOf(string tenantId, string sha256)
    {
        if (sha256.Length != 64 || !sha256.All(Uri.IsHexDigit) || tenantId.Any(c => !char.IsAsciiLetterOrDigit(c) && c != '-' && c != '_'))
        {
            throw new ArgumentException("Not a stored evidence file.");
        }

        return Path.Combine(_root, tenantId, sha256[..2], sha256);
    }
}

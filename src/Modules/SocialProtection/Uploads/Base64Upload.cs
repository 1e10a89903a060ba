namespace Pamong.SocialProtection.Uploads;

/// <summary>A file sent inside a JSON body as base64 (minutes, evidence, proof photos and signatures).</summary>
public static class Base64Upload
{
    /// <summary>The decoded bytes as a stream; null when absent or not base64 (the caller then refuses "file required").</summary>
    public static Stream? Open(string? base64)
    {
        if (string.IsNullOrWhiteSpace(base64))
        {
            return null;
        }

        var comma = base64.IndexOf(',', StringComparison.Ordinal);
        var data = base64.StartsWith("data:", StringComparison.Ordinal) && comma > 0 ? base64[(comma + 1)..] : base64;
        var buffer = new byte[data.Length * 3 / 4 + 3];
        return Convert.TryFromBase64String(data.Trim(), buffer, out var written) ? new MemoryStream(buffer, 0, written) : null;
    }
}

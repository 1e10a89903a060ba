using Pamong.Platform.Files;

namespace Pamong.PublicServices.Forms;

/// <summary>
/// Accepts an upload for a File field only when its content really is a PDF, JPEG or PNG (by its first
/// bytes, see <see cref="FileSniffer"/>), its name does not claim another kind, and it fits the size limit.
/// </summary>
public static class UploadSniffing
{
    /// <summary>The limit when a field names none: 5 MB.</summary>
    public const long DefaultMaxBytes = 5 * 1024 * 1024;

    public static readonly IReadOnlyList<FileSniffer.FileKind> Allowed = [FileSniffer.Pdf, FileSniffer.Jpeg, FileSniffer.Png];

    /// <summary>The kind of an accepted upload, or the problem (keyed by <paramref name="fieldKey"/>).</summary>
    public sealed record Result(FileSniffer.FileKind? Kind, FieldProblem? Problem)
    {
        public bool Accepted => Kind is not null;
    }

    /// <param name="content">A seekable stream of the upload (left at position 0).</param>
    public static Result Check(string fieldKey, string? fileName, Stream content, long? maxBytes)
    {
        var limit = maxBytes ?? DefaultMaxBytes;
        if (content.Length == 0)
        {
            return Refused(fieldKey, "file_empty", "Berkas kosong. Pilih berkas yang berisi dokumen.");
        }

        if (content.Length > limit)
        {
            return Refused(fieldKey, "file_too_large", $"Berkas terlalu besar: paling besar {Megabytes(limit)}.");
        }

        var kind = FileSniffer.ByContent(content);
        if (kind is null || !Allowed.Contains(kind))
        {
            return Refused(fieldKey, "file_type_not_allowed", "Berkas harus berupa PDF, JPEG atau PNG yang sebenarnya (isinya diperiksa, bukan hanya namanya).");
        }

        var extension = Path.GetExtension(fileName ?? "").ToLowerInvariant();
        if (extension.Length > 0 && !kind.Extensions.Contains(extension))
        {
            return Refused(fieldKey, "file_type_mismatch", $"Nama berkas berakhiran {extension}, tetapi isinya {kind.Name}. Simpan ulang berkas dengan jenis yang benar.");
        }

        return new Result(kind, null);
    }

    /// <summary>"2 MB", "500 KB": a limit as a person reads it.</summary>
    public static string Megabytes(long bytes) => bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0
        ? $"{bytes / (1024 * 1024)} MB"
        : $"{Math.Max(1, bytes / 1024)} KB";

    private static Result Refused(string key, string code, string message) => new(null, new FieldProblem(key, code, message));
}

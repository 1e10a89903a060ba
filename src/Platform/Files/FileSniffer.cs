using System.IO.Compression;

namespace Pamong.Platform.Files;

/// <summary>
/// Which kind of document a file really is, from its first bytes (and, for DOCX/XLSX, the parts inside the
/// ZIP container), whatever its name says. Known kinds: PDF, JPEG, PNG, DOCX, XLSX (SPBE evidence allows all;
/// public-service uploads only PDF/JPEG/PNG).
/// </summary>
public static class FileSniffer
{
    public sealed record FileKind(string Name, string ContentType, string[] Extensions);

    public static readonly FileKind Pdf = new("PDF", "application/pdf", [".pdf"]);
    public static readonly FileKind Jpeg = new("JPEG", "image/jpeg", [".jpg", ".jpeg"]);
    public static readonly FileKind Png = new("PNG", "image/png", [".png"]);
    public static readonly FileKind Docx = new("DOCX", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", [".docx"]);
    public static readonly FileKind Xlsx = new("XLSX", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", [".xlsx"]);

    public static readonly IReadOnlyList<FileKind> Allowed = [Pdf, Jpeg, Png, Docx, Xlsx];

    /// <summary>The kind a file name claims by its extension, or null when evidence may not have it.</summary>
    public static FileKind? ByName(string fileName)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        return Allowed.FirstOrDefault(k => k.Extensions.Contains(extension));
    }

    /// <summary>The kind the content is, or null when it is none of the allowed kinds.</summary>
    public static FileKind? ByContent(Stream content)
    {
        Span<byte> head = stackalloc byte[8];
        content.Position = 0;
        var read = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        head = head[..read];
        content.Position = 0;
        return ByHead(head) ?? (head.StartsWith("PK\u0003\u0004"u8) ? OfficeKind(content) : null);
    }

    /// <summary>
    /// PDF, JPEG or PNG from a file's first bytes, or null. (DOCX and XLSX need the whole ZIP container:
    /// <see cref="ByContent(Stream)"/>.)
    /// </summary>
    public static FileKind? ByHead(ReadOnlySpan<byte> head) =>
        head.StartsWith("%PDF-"u8) ? Pdf
        : head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) ? Jpeg
        : head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) ? Png
        : null;

    private static FileKind? OfficeKind(Stream content)
    {
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.GetEntry("[Content_Types].xml") is null)
            {
                return null;
            }

            return zip.GetEntry("word/document.xml") is not null ? Docx
                : zip.GetEntry("xl/workbook.xml") is not null ? Xlsx
                : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
        finally
        {
            content.Position = 0;
        }
    }
}

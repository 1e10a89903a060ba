using Pamong.Platform.Files;

namespace Pamong.Complaints.Filing;

/// <summary>
/// The kinds of file a complaint may carry (PDF, JPEG, PNG), recognised by their first bytes whatever the name
/// says (the platform's <see cref="FileSniffer"/>).
/// </summary>
public static class AttachmentKind
{
    public static FileSniffer.FileKind Pdf => FileSniffer.Pdf;

    public static FileSniffer.FileKind Jpeg => FileSniffer.Jpeg;

    public static FileSniffer.FileKind Png => FileSniffer.Png;

    public static readonly IReadOnlyList<FileSniffer.FileKind> All = [FileSniffer.Pdf, FileSniffer.Jpeg, FileSniffer.Png];

    public static FileSniffer.FileKind? ByName(string fileName) => FileSniffer.ByName(fileName) is { } kind && All.Contains(kind) ? kind : null;

    public static FileSniffer.FileKind? ByContent(ReadOnlySpan<byte> head) => FileSniffer.ByHead(head);
}

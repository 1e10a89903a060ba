namespace Pamong.Complaints.Filing;

/// <summary>
/// The kinds of file a complaint may carry (PDF, JPEG, PNG), recognised by their first bytes whatever the name
/// says. Small on purpose; the SPBE module has a larger sniffer that the platform may one day share.
/// </summary>
public sealed record AttachmentKind(string ContentType, string[] Extensions)
{
    public static readonly AttachmentKind Pdf = new("application/pdf", [".pdf"]);
    public static readonly AttachmentKind Jpeg = new("image/jpeg", [".jpg", ".jpeg"]);
    public static readonly AttachmentKind Png = new("image/png", [".png"]);

    public static readonly IReadOnlyList<AttachmentKind> All = [Pdf, Jpeg, Png];

    public static AttachmentKind? ByName(string fileName) =>
        All.FirstOrDefault(k => k.Extensions.Contains(Path.GetExtension(fileName).ToLowerInvariant()));

    public static AttachmentKind? ByContent(ReadOnlySpan<byte> head) =>
        head.StartsWith("%PDF-"u8) ? Pdf
        : head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) ? Jpeg
        : head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) ? Png
        : null;
}

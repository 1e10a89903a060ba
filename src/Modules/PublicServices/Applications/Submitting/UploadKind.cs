namespace Pamong.PublicServices.Applications.Submitting;

/// <summary>The kinds an application's file may be (PDF, JPEG, PNG), recognised by the first bytes, not by the name.</summary>
public sealed record UploadKind(string Name, string ContentType, string Extension)
{
    public static readonly UploadKind Pdf = new("PDF", "application/pdf", ".pdf");
    public static readonly UploadKind Jpeg = new("JPEG", "image/jpeg", ".jpg");
    public static readonly UploadKind Png = new("PNG", "image/png", ".png");

    public static UploadKind? Of(ReadOnlySpan<byte> content) =>
        content.StartsWith("%PDF-"u8) ? Pdf
        : content.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF }) ? Jpeg
        : content.StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }) ? Png
        : null;
}

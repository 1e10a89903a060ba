namespace Pamong.Complaints.Filing;

/// <summary>A file sent with a complaint, read into memory (size-limited before it gets here).</summary>
public sealed record Attachment(string FileName, byte[] Bytes);

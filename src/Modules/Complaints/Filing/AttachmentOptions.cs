namespace Pamong.Complaints.Filing;

/// <summary>Configuration "Complaints:Attachments".</summary>
public sealed class AttachmentOptions
{
    public const string Section = "Complaints:Attachments";

    /// <summary>The largest attachment (default 5 MB).</summary>
    public long MaxBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>How many attachments one complaint may carry.</summary>
    public int MaxFiles { get; set; } = 3;
}

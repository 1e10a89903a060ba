namespace Pamong.SpbeAssessment.Evidence;

/// <summary>Configuration "Spbe:Evidence".</summary>
public sealed class EvidenceOptions
{
    public const string Section = "Spbe:Evidence";

    /// <summary>The largest file an officer may upload as evidence (default 10 MB).</summary>
    public long MaxBytes { get; set; } = 10 * 1024 * 1024;
}

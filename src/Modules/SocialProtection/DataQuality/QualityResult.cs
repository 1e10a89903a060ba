namespace Pamong.SocialProtection.DataQuality;

/// <summary>What a data-quality pass did, with its timings (detection is the in-memory read and checks; storing is the upsert).</summary>
public sealed record QualityResult(
    int People, int Households, long Comparisons, int Findings, int New, int Changed, int Reopened, int Gone, int FlagsChanged,
    TimeSpan Detection, TimeSpan Storing)
{
    public IReadOnlyDictionary<FindingKind, int> ByKind { get; init; } = new Dictionary<FindingKind, int>();
}

namespace Pamong.SocialProtection.DataQuality;

/// <summary>
/// An extra check the data-quality pass runs after its own (the extension point for checks that need data this
/// part does not own, e.g. "a household in two programs that exclude each other", which the programs part adds).
/// Register implementations as scoped services; add findings to <paramref name="findings"/> with stable keys.
/// </summary>
public interface IQualityCheck
{
    Task RunAsync(ICollection<FindingDraft> findings, CancellationToken ct);
}

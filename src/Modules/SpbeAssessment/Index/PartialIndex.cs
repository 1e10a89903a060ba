using Pamong.SpbeAssessment.Instruments;

namespace Pamong.SpbeAssessment.Index;

/// <summary>
/// The index of a period that is still being filled: an aspect gets its value once all its indicators have a
/// level, a domain once all its aspects have one, the overall index only when every indicator has one.
/// The same arithmetic as <see cref="SpbeIndex"/>, in full precision.
/// </summary>
public static class PartialIndex
{
    public sealed record Result(SpbeIndex.Result? Complete, IReadOnlyList<SpbeIndex.Value> Domains, IReadOnlyList<SpbeIndex.Value> Aspects, IReadOnlyList<string> Missing);

    /// <param name="levels">Levels 1–5 by indicator code; codes the instrument does not have are ignored.</param>
    public static Result Compute(Instrument instrument, IReadOnlyDictionary<string, int> given)
    {
        var levels = instrument.Indicators
            .Where(i => given.TryGetValue(i.Code, out var l) && l is >= Instrument.MinLevel and <= Instrument.MaxLevel)
            .ToDictionary(i => i.Code, i => given[i.Code], StringComparer.Ordinal);
        var missing = instrument.Indicators.Where(i => !levels.ContainsKey(i.Code)).Select(i => i.Code).ToList();
        if (missing.Count == 0)
        {
            var (complete, _) = SpbeIndex.FromLevels(instrument, levels.ToDictionary(l => l.Key, l => (decimal)l.Value));
            return new Result(complete, complete!.Domains, complete.Aspects, missing);
        }

        var aspects = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var aspect in instrument.Aspects.Where(a => a.Indicators.All(i => levels.ContainsKey(i.Code))))
        {
            aspects[aspect.Code] = aspect.Indicators.Sum(i => i.Weight * levels[i.Code]) / aspect.Indicators.Sum(i => i.Weight);
        }

        var domains = instrument.Domains
            .Where(d => d.Aspects.All(a => aspects.ContainsKey(a.Code)))
            .Select(d => new SpbeIndex.Value(d.Code, d.Aspects.Sum(a => a.Weight * aspects[a.Code]) / d.Aspects.Sum(a => a.Weight)))
            .ToList();
        var aspectValues = instrument.Aspects.Where(a => aspects.ContainsKey(a.Code)).Select(a => new SpbeIndex.Value(a.Code, aspects[a.Code])).ToList();
        return new Result(null, domains, aspectValues, missing);
    }
}

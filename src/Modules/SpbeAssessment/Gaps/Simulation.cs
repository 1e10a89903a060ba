using Pamong.SpbeAssessment.Index;
using Pamong.SpbeAssessment.Instruments;

namespace Pamong.SpbeAssessment.Gaps;

/// <summary>
/// The what-if simulator: the period's levels with some indicators set to chosen levels, computed with the
/// regulation's arithmetic, next to the current result. Every indicator needs a level: chosen, current, or
/// (for a period still being filled) the level given for all indicators not filled yet.
/// </summary>
public static class Simulation
{
    public sealed record Outcome(SpbeIndex.Result? Simulated, SpbeIndex.Result? Current, IReadOnlyList<SpbeIndex.Problem> Problems);

    public static Outcome Run(Instrument instrument, IReadOnlyDictionary<string, int> current, IReadOnlyDictionary<string, int> chosen, int? fillMissing = null)
    {
        var problems = new List<SpbeIndex.Problem>();
        if (fillMissing is < Instrument.MinLevel or > Instrument.MaxLevel)
        {
            problems.Add(new("fillMissing", "Tingkat untuk indikator yang belum diisi harus 1 sampai 5."));
        }

        foreach (var (code, level) in chosen)
        {
            if (instrument.FindIndicator(code) is null)
            {
                problems.Add(new(code, $"Kode indikator {code} tidak ada dalam instrumen."));
            }
            else if (level is < Instrument.MinLevel or > Instrument.MaxLevel)
            {
                problems.Add(new(code, $"Tingkat indikator {code} harus bilangan bulat 1 sampai 5."));
            }
        }

        var merged = instrument.Indicators
            .Where(i => chosen.ContainsKey(i.Code) || current.ContainsKey(i.Code) || fillMissing is not null)
            .ToDictionary(i => i.Code, i => (decimal)(chosen.TryGetValue(i.Code, out var c) ? c : current.TryGetValue(i.Code, out var now) ? now : fillMissing!.Value));
        foreach (var missing in instrument.Indicators.Where(i => !merged.ContainsKey(i.Code)))
        {
            problems.Add(new(missing.Code, $"Indikator {missing.Code} belum diisi: pilih tingkat simulasinya."));
        }

        if (problems.Count > 0)
        {
            return new Outcome(null, null, problems);
        }

        var now = instrument.Indicators.All(i => current.ContainsKey(i.Code))
            ? SpbeIndex.FromLevels(instrument, current.ToDictionary(c => c.Key, c => (decimal)c.Value)).Result
            : null;
        return new Outcome(SpbeIndex.FromLevels(instrument, merged).Result, now, []);
    }
}

using Pamong.SpbeAssessment.Instruments;

namespace Pamong.SpbeAssessment.Index;

/// <summary>
/// The SPBE index arithmetic of PermenPANRB 59/2020 (and 5/2018): weighted averages from indicator
/// levels to aspects, aspects to domains and domains to the index. Computed in full precision
/// (decimal); rounded half away from zero to 2 decimals only when published.
/// </summary>
public static class SpbeIndex
{
    public sealed record Value(string Code, decimal Exact)
    {
        public decimal Published => Round(Exact);
    }

    public sealed record Result(decimal Exact, string Predicate, IReadOnlyList<Value> Domains, IReadOnlyList<Value> Aspects)
    {
        public decimal Published => Round(Exact);
    }

    /// <summary>A problem with the input, naming the offending code.</summary>
    public sealed record Problem(string Code, string Message);

    public static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    /// <summary>From indicator levels (1–5, every indicator of the instrument).</summary>
    public static (Result? Result, IReadOnlyList<Problem> Problems) FromLevels(Instrument instrument, IReadOnlyDictionary<string, decimal> levels)
    {
        var problems = Check(instrument.Indicators.Select(i => i.Code), levels, "indikator", integersOnly: true);
        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var aspects = instrument.Aspects
            .Select(a => new Value(a.Code, a.Indicators.Sum(i => i.Weight * levels[i.Code]) / a.Indicators.Sum(i => i.Weight)))
            .ToList();
        return (FromAspectValues(instrument, aspects), []);
    }

    /// <summary>From aspect values (for old reports that only publish aspects).</summary>
    public static (Result? Result, IReadOnlyList<Problem> Problems) FromAspects(Instrument instrument, IReadOnlyDictionary<string, decimal> values)
    {
        var problems = Check(instrument.Aspects.Select(a => a.Code), values, "aspek", integersOnly: false);
        return problems.Count > 0
            ? (null, problems)
            : (FromAspectValues(instrument, instrument.Aspects.Select(a => new Value(a.Code, values[a.Code])).ToList()), []);
    }

    /// <summary>From domain values (for old reports that only publish domains); aspects stay empty.</summary>
    public static (Result? Result, IReadOnlyList<Problem> Problems) FromDomains(Instrument instrument, IReadOnlyDictionary<string, decimal> values)
    {
        var problems = Check(instrument.Domains.Select(d => d.Code), values, "domain", integersOnly: false);
        return problems.Count > 0
            ? (null, problems)
            : (Finish(instrument, instrument.Domains.Select(d => new Value(d.Code, values[d.Code])).ToList(), []), []);
    }

    private static Result FromAspectValues(Instrument instrument, List<Value> aspects)
    {
        var byCode = aspects.ToDictionary(a => a.Code, a => a.Exact);
        var domains = instrument.Domains
            .Select(d => new Value(d.Code, d.Aspects.Sum(a => a.Weight * byCode[a.Code]) / d.Aspects.Sum(a => a.Weight)))
            .ToList();
        return Finish(instrument, domains, aspects);
    }

    private static Result Finish(Instrument instrument, List<Value> domains, List<Value> aspects)
    {
        var weights = instrument.Domains.ToDictionary(d => d.Code, d => d.Weight);
        var index = domains.Sum(d => weights[d.Code] * d.Exact) / weights.Values.Sum();
        return new Result(index, instrument.PredicateOf(Round(index)), domains, aspects);
    }

    private static List<Problem> Check(IEnumerable<string> expected, IReadOnlyDictionary<string, decimal> given, string what, bool integersOnly)
    {
        var codes = expected.ToList();
        var problems = new List<Problem>();
        foreach (var code in codes.Where(c => !given.ContainsKey(c)))
        {
            problems.Add(new Problem(code, $"Nilai {what} {code} belum diisi."));
        }

        foreach (var (code, value) in given)
        {
            if (!codes.Contains(code))
            {
                problems.Add(new Problem(code, $"Kode {what} {code} tidak ada dalam instrumen."));
            }
            else if (value < 1 || value > 5 || (integersOnly && value != decimal.Truncate(value)))
            {
                problems.Add(new Problem(code, integersOnly
                    ? $"Tingkat {what} {code} harus bilangan bulat 1 sampai 5."
                    : $"Nilai {what} {code} harus antara 1 dan 5."));
            }
        }

        return problems;
    }
}

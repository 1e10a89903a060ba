using System.Globalization;
using System.Text.RegularExpressions;

namespace Pamong.SpbeAssessment.Instruments;

/// <summary>
/// What makes an instrument definition usable: codes present and unique, weights positive, no empty levels,
/// level meanings for levels 1–5 only, predicate bands that cover every index. <see cref="ForStorage"/> adds
/// what a stored instrument needs (an id and names); <see cref="Warnings"/> lists what is allowed but unusual.
/// </summary>
public static partial class InstrumentCheck
{
    public static List<string> Problems(Instrument instrument)
    {
        var problems = new List<string>();
        if (instrument.Domains is not { Count: > 0 })
        {
            problems.Add("instrumen tidak memiliki domain");
            return problems;
        }

        if (HasEmptyElements(instrument))
        {
            problems.Add("definisi berisi elemen kosong (null) di daftar domain, aspek atau indikator");
            return problems;
        }

        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var domain in instrument.Domains)
        {
            Require(domain.Code, domain.Weight, "domain", codes, problems);
            if (domain.Aspects is not { Count: > 0 })
            {
                problems.Add($"domain {domain.Code} tidak memiliki aspek");
                continue;
            }

            foreach (var aspect in domain.Aspects)
            {
                Require(aspect.Code, aspect.Weight, "aspek", codes, problems);
                if (aspect.Indicators is not { Count: > 0 })
                {
                    problems.Add($"aspek {aspect.Code} tidak memiliki indikator");
                    continue;
                }

                foreach (var indicator in aspect.Indicators)
                {
                    Require(indicator.Code, indicator.Weight, "indikator", codes, problems);
                    CheckLevels(indicator.Levels, $"indikator {indicator.Code}", problems);
                }
            }
        }

        foreach (var (kind, scale) in instrument.Scales ?? new Dictionary<string, IReadOnlyList<LevelMeaning>>())
        {
            CheckLevels(scale, $"skala \"{kind}\"", problems);
        }

        CheckPredicates(instrument.Predicates, problems);
        return problems;
    }

    /// <summary>The problems of an instrument an administrator stores: those of <see cref="Problems"/>, an id and every name.</summary>
    public static List<string> ForStorage(Instrument instrument)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(instrument.Id))
        {
            problems.Add("id instrumen wajib diisi");
        }
        else if (!IdPattern().IsMatch(instrument.Id))
        {
            problems.Add($"id instrumen \"{instrument.Id}\" hanya boleh berisi huruf kecil, angka dan tanda hubung (3–60 karakter), misalnya \"permenpanrb-2025\"");
        }

        if (string.IsNullOrWhiteSpace(instrument.Name))
        {
            problems.Add("nama instrumen wajib diisi");
        }

        problems.AddRange(Problems(instrument));
        foreach (var domain in (instrument.Domains ?? []).OfType<Domain>())
        {
            RequireName(domain.Name, "domain", domain.Code, problems);
            foreach (var aspect in (domain.Aspects ?? []).OfType<Aspect>())
            {
                RequireName(aspect.Name, "aspek", aspect.Code, problems);
                foreach (var indicator in (aspect.Indicators ?? []).OfType<Indicator>())
                {
                    RequireName(indicator.Name, "indikator", indicator.Code, problems);
                }
            }
        }

        return problems;
    }

    /// <summary>
    /// Allowed but worth a second look: domain weights that do not add up to 100, aspect weights that do not add
    /// up to their domain's, indicator weights that do not add up to their aspect's.
    /// </summary>
    public static List<string> Warnings(Instrument instrument)
    {
        var warnings = new List<string>();
        var total = instrument.Domains.Sum(d => d.Weight);
        if (total != 100)
        {
            warnings.Add($"jumlah bobot domain {Show(total)}, bukan 100");
        }

        foreach (var domain in instrument.Domains)
        {
            var aspects = domain.Aspects.Sum(a => a.Weight);
            if (aspects != domain.Weight)
            {
                warnings.Add($"jumlah bobot aspek domain {domain.Code} {Show(aspects)}, bukan {Show(domain.Weight)} (bobot domainnya)");
            }

            foreach (var aspect in domain.Aspects)
            {
                var indicators = aspect.Indicators.Sum(i => i.Weight);
                if (indicators != aspect.Weight)
                {
                    warnings.Add($"jumlah bobot indikator aspek {aspect.Code} {Show(indicators)}, bukan {Show(aspect.Weight)} (bobot aspeknya)");
                }
            }
        }

        return warnings;
    }

    private static bool HasEmptyElements(Instrument instrument) =>
        instrument.Domains.Any(d => d is null)
        || instrument.Domains.Any(d => d.Aspects is not null && (d.Aspects.Any(a => a is null)
            || d.Aspects.Any(a => a.Indicators is not null && a.Indicators.Any(i => i is null))));

    /// <summary>The messages are Indonesian, so are their numbers (18,5).</summary>
    private static string Show(decimal value) => value.ToString("0.####", CultureInfo.GetCultureInfo("id-ID"));

    private static void Require(string? code, decimal weight, string what, HashSet<string> codes, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            problems.Add($"ada {what} tanpa kode");
        }
        else if (!codes.Add(what + ":" + code))
        {
            problems.Add($"kode {what} {code} dipakai lebih dari sekali");
        }

        if (weight <= 0)
        {
            problems.Add($"bobot {what} {code} harus lebih dari 0");
        }
    }

    private static void RequireName(string? name, string what, string? code, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            problems.Add($"nama {what} {code} wajib diisi");
        }
    }

    private static void CheckLevels(IReadOnlyList<LevelMeaning>? levels, string owner, List<string> problems)
    {
        if (levels is null)
        {
            return;
        }

        var seen = new HashSet<int>();
        foreach (var level in levels)
        {
            if (level is null || level.Level < Instrument.MinLevel || level.Level > Instrument.MaxLevel)
            {
                problems.Add($"{owner}: tingkat harus 1 sampai 5");
            }
            else if (!seen.Add(level.Level))
            {
                problems.Add($"{owner}: tingkat {level.Level} ditulis lebih dari sekali");
            }
        }
    }

    private static void CheckPredicates(IReadOnlyList<Predicate>? predicates, List<string> problems)
    {
        if (predicates is not { Count: > 0 })
        {
            return;
        }

        if (predicates.Any(p => p is null || string.IsNullOrWhiteSpace(p.Name)))
        {
            problems.Add("setiap predikat harus memiliki nama");
        }

        if (predicates.Any(p => p is not null && (p.Min < 0 || p.Min > Instrument.MaxLevel)))
        {
            problems.Add("batas bawah predikat harus antara 0 dan 5");
        }

        if (!predicates.Any(p => p is not null && p.Min <= Instrument.MinLevel))
        {
            problems.Add("predikat harus mencakup indeks terendah: salah satu batas bawah harus 1 atau kurang");
        }

        if (predicates.Where(p => p is not null).GroupBy(p => p.Min).Any(g => g.Count() > 1))
        {
            problems.Add("dua predikat memiliki batas bawah yang sama");
        }
    }

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]{1,58})[a-z0-9]$")]
    private static partial Regex IdPattern();
}

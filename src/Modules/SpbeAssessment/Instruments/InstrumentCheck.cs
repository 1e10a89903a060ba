namespace Pamong.SpbeAssessment.Instruments;

/// <summary>What makes an instrument definition usable: codes present and unique, weights positive, no empty levels.</summary>
public static class InstrumentCheck
{
    public static List<string> Problems(Instrument instrument)
    {
        var problems = new List<string>();
        if (instrument.Domains is not { Count: > 0 })
        {
            problems.Add("instrumen tidak memiliki domain");
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
                }
            }
        }

        return problems;
    }

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
}

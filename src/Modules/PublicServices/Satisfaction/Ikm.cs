namespace Pamong.PublicServices.Satisfaction;

/// <summary>
/// The public-satisfaction index of PermenPANRB 14/2017: 9 elements (unsur) answered 1–4; the NRR of an
/// element is the mean of its answers; IKM = Σ NRR × 1/9 (the regulation prints the weight rounded as
/// 0.11 — we use 1/9 exactly); converted = IKM × 25. Computed in full precision; published rounded half
/// away from zero (IKM to 3 decimals, converted to 2); the grade is read from the published converted value.
/// </summary>
public static class Ikm
{
    public const int Elements = 9;

    public static readonly string[] ElementNames =
    [
        "Persyaratan", "Sistem, Mekanisme, dan Prosedur", "Waktu Penyelesaian", "Biaya/Tarif",
        "Produk Spesifikasi Jenis Pelayanan", "Kompetensi Pelaksana", "Perilaku Pelaksana",
        "Penanganan Pengaduan, Saran dan Masukan", "Sarana dan Prasarana",
    ];

    public sealed record Result(int Respondents, IReadOnlyList<decimal> Nrr, decimal Index, decimal Converted, string Grade, string Performance)
    {
        public decimal PublishedIndex => Math.Round(Index, 3, MidpointRounding.AwayFromZero);
        public decimal PublishedConverted => Math.Round(Converted, 2, MidpointRounding.AwayFromZero);
    }

    /// <summary>Problems with the answers, by the index of the response (0-based) they are in.</summary>
    public static IReadOnlyList<(int Response, string Message)> Check(IReadOnlyList<IReadOnlyList<int>> responses)
    {
        var problems = new List<(int, string)>();
        for (var i = 0; i < responses.Count; i++)
        {
            var answers = responses[i];
            if (answers.Count != Elements)
            {
                problems.Add((i, $"Jawaban ke-{i} berisi {answers.Count} nilai; harus tepat {Elements} (satu untuk setiap unsur)."));
            }
            else if (answers.Any(a => a is < 1 or > 4))
            {
                problems.Add((i, $"Jawaban ke-{i} berisi nilai di luar 1–4."));
            }
        }

        return problems;
    }

    /// <summary>Computes the index of valid responses (see <see cref="Check"/>); at least one response.</summary>
    public static Result Calculate(IReadOnlyList<IReadOnlyList<int>> responses)
    {
        ArgumentOutOfRangeException.ThrowIfZero(responses.Count);
        return FromTotals(responses.Count, Enumerable.Range(0, Elements).Select(e => (long)responses.Sum(r => r[e])).ToList());
    }

    /// <summary>
    /// The same arithmetic from what a database sums up: the number of respondents (every stored response
    /// answers all 9 elements) and the sum of the answers per element.
    /// </summary>
    public static Result FromTotals(int respondents, IReadOnlyList<long> sums)
    {
        ArgumentOutOfRangeException.ThrowIfZero(respondents);
        ArgumentOutOfRangeException.ThrowIfNotEqual(sums.Count, Elements);
        var nrr = sums.Select(sum => (decimal)sum / respondents).ToList();
        var index = nrr.Sum() / Elements;
        var converted = index * 25;
        var (grade, performance) = GradeOf(Math.Round(converted, 2, MidpointRounding.AwayFromZero));
        return new Result(respondents, nrr, index, converted, grade, performance);
    }

    /// <summary>The quality grade (mutu) of a converted value, by the regulation's lower bounds.</summary>
    public static (string Grade, string Performance) GradeOf(decimal converted) => converted switch
    {
        >= 88.31m => ("A", "Sangat Baik"),
        >= 76.61m => ("B", "Baik"),
        >= 65.00m => ("C", "Kurang Baik"),
        _ => ("D", "Tidak Baik"),
    };
}

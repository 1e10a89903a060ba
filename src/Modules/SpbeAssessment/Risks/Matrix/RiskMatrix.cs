namespace Pamong.SpbeAssessment.Risks.Matrix;

/// <summary>
/// The risk analysis matrix of PermenPANRB 5/2020: a magnitude (1–25) for every likelihood level (1–5)
/// and impact level (1–5), and five bands that name ranges of magnitudes. A Pemda may localise both
/// (see <see cref="RiskMatrixStore"/>); <see cref="Default"/> is the regulation's.
/// </summary>
public sealed class RiskMatrix
{
    public const int Levels = 5;
    public const int MaxMagnitude = 25;

    private readonly int[,] _magnitudes;

    public RiskMatrix(int[,] magnitudes, IReadOnlyList<(string Name, int From)> bands)
    {
        if (Problems(magnitudes, bands).Count > 0)
        {
            throw new ArgumentException("Invalid risk matrix: " + string.Join("; ", Problems(magnitudes, bands).Select(p => p.Code)));
        }

        _magnitudes = (int[,])magnitudes.Clone();
        Bands = bands.Select((b, i) => new RiskBand(i + 1, b.Name, b.From, i + 1 < bands.Count ? bands[i + 1].From - 1 : MaxMagnitude)).ToList();
    }

    /// <summary>The regulation's matrix (rows likelihood, columns impact) and bands.</summary>
    public static RiskMatrix Default { get; } = new(
        new[,]
        {
            { 1, 3, 5, 8, 20 },      // likelihood 1 Hampir Tidak Terjadi
            { 2, 7, 11, 13, 21 },    // 2 Jarang Terjadi
            { 4, 10, 14, 17, 22 },   // 3 Kadang Terjadi
            { 6, 12, 16, 19, 24 },   // 4 Sering Terjadi
            { 9, 15, 18, 23, 25 },   // 5 Hampir Pasti Terjadi
        },
        [("Sangat Rendah", 1), ("Rendah", 6), ("Sedang", 11), ("Tinggi", 16), ("Sangat Tinggi", 21)]);

    public IReadOnlyList<RiskBand> Bands { get; }

    public int Magnitude(int likelihood, int impact)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(IsLevel(likelihood) && IsLevel(impact), true);
        return _magnitudes[likelihood - 1, impact - 1];
    }

    public RiskBand Band(int magnitude) => Bands.Last(b => magnitude >= b.From);

    public RiskBand Band(int likelihood, int impact) => Band(Magnitude(likelihood, impact));

    /// <summary>The magnitudes as rows of likelihood 1–5, each with impact 1–5.</summary>
    public int[,] Magnitudes => (int[,])_magnitudes.Clone();

    public static bool IsLevel(int level) => level is >= 1 and <= Levels;

    /// <summary>
    /// What is wrong with a matrix: every cell 1–25; magnitudes rising strictly with impact (along a row)
    /// and with likelihood (down a column) — a more likely or more severe risk is never smaller; five named
    /// bands, the first from 1, each starting above the previous, all within 1–25. Magnitudes need not be
    /// unique: the default uses each of 1–25 once, a localised "likelihood × impact" matrix repeats some.
    /// </summary>
    public static IReadOnlyList<MatrixProblem> Problems(int[,] magnitudes, IReadOnlyList<(string Name, int From)> bands)
    {
        var problems = new List<MatrixProblem>();
        if (magnitudes.GetLength(0) != Levels || magnitudes.GetLength(1) != Levels)
        {
            problems.Add(new("cells_missing", 0, 0));
            return problems;
        }

        for (var l = 1; l <= Levels; l++)
        {
            for (var i = 1; i <= Levels; i++)
            {
                var value = magnitudes[l - 1, i - 1];
                if (value is < 1 or > MaxMagnitude)
                {
                    problems.Add(new("cell_out_of_range", l, i));
                }
                else if (i > 1 && value <= magnitudes[l - 1, i - 2])
                {
                    problems.Add(new("not_rising_with_impact", l, i));
                }
                else if (l > 1 && value <= magnitudes[l - 2, i - 1])
                {
                    problems.Add(new("not_rising_with_likelihood", l, i));
                }
            }
        }

        if (bands.Count != Levels)
        {
            problems.Add(new("bands_count", 0, 0));
            return problems;
        }

        for (var b = 0; b < bands.Count; b++)
        {
            if (string.IsNullOrWhiteSpace(bands[b].Name) || bands[b].Name.Trim().Length > 40)
            {
                problems.Add(new("band_name", b + 1, 0));
            }

            var from = bands[b].From;
            if ((b == 0 && from != 1) || (b > 0 && from <= bands[b - 1].From) || from > MaxMagnitude)
            {
                problems.Add(new("band_from", b + 1, 0));
            }
        }

        return problems;
    }
}

/// <summary>A problem with a matrix: a code, and the cell (likelihood, impact) or band (level in Likelihood) it concerns.</summary>
public sealed record MatrixProblem(string Code, int Likelihood, int Impact);

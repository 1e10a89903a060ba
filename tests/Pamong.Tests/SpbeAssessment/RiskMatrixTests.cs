using Pamong.SpbeAssessment.Risks.Matrix;
using Pamong.SpbeAssessment.Risks.Register;
using Pamong.SpbeAssessment.Risks.Treatments;

namespace Pamong.Tests.SpbeAssessment;

/// <summary>The risk arithmetic of PermenPANRB 5/2020: magnitude and band from the matrix, appetite, treatment options.</summary>
public sealed class RiskMatrixTests
{
    private static readonly (string, int)[] DefaultBands = [("Sangat Rendah", 1), ("Rendah", 6), ("Sedang", 11), ("Tinggi", 16), ("Sangat Tinggi", 21)];

    /// <summary>A Pemda's own matrix: magnitude = likelihood × impact.</summary>
    private static int[,] Product()
    {
        var cells = new int[5, 5];
        for (var l = 1; l <= 5; l++)
        {
            for (var i = 1; i <= 5; i++)
            {
                cells[l - 1, i - 1] = l * i;
            }
        }

        return cells;
    }

    [Theory]
    [InlineData(5, 5, 25, "Sangat Tinggi")]
    [InlineData(1, 1, 1, "Sangat Rendah")]
    [InlineData(3, 3, 14, "Sedang")]
    [InlineData(2, 4, 13, "Sedang")]
    [InlineData(5, 1, 9, "Rendah")]
    [InlineData(1, 5, 20, "Tinggi")]
    [InlineData(4, 2, 12, "Sedang")]
    [InlineData(2, 5, 21, "Sangat Tinggi")]
    public void The_default_matrix_gives_the_regulations_magnitude_and_band(int likelihood, int impact, int magnitude, string band)
    {
        Assert.Equal(magnitude, RiskMatrix.Default.Magnitude(likelihood, impact));
        Assert.Equal(band, RiskMatrix.Default.Band(likelihood, impact).Name);
    }

    [Fact]
    public void The_default_matrix_uses_every_magnitude_from_1_to_25_once_and_its_bands_cover_them()
    {
        var all = RiskLevels.All.SelectMany(l => RiskLevels.All.Select(i => RiskMatrix.Default.Magnitude(l, i))).Order().ToList();
        Assert.Equal(Enumerable.Range(1, 25), all);
        Assert.Equal([(1, 5), (6, 10), (11, 15), (16, 20), (21, 25)], RiskMatrix.Default.Bands.Select(b => (b.From, b.To)));
    }

    [Fact]
    public void A_localised_matrix_changes_the_magnitude_and_band()
    {
        var local = new RiskMatrix(Product(), [("Rendah sekali", 1), ("Rendah", 4), ("Sedang", 8), ("Tinggi", 13), ("Ekstrem", 20)]);
        Assert.Equal(9, local.Magnitude(3, 3));
        Assert.Equal("Sedang", local.Band(3, 3).Name);
        Assert.Equal(14, RiskMatrix.Default.Magnitude(3, 3));
        Assert.Equal("Ekstrem", local.Band(5, 4).Name);
        Assert.Equal("Sangat Tinggi", RiskMatrix.Default.Band(5, 4).Name);
        Assert.Equal(("Rendah", "Sedang"), (local.Band(2, 2).Name, RiskMatrix.Default.Band(2, 3).Name));
    }

    [Fact]
    public void Magnitudes_must_rise_with_likelihood_and_impact_and_stay_within_1_to_25()
    {
        Assert.Empty(RiskMatrix.Problems(RiskMatrix.Default.Magnitudes, DefaultBands));
        Assert.Empty(RiskMatrix.Problems(Product(), DefaultBands)); // repeated magnitudes are allowed

        var flat = RiskMatrix.Default.Magnitudes;
        flat[2, 3] = flat[2, 2]; // likelihood 3: impact 4 no larger than impact 3
        Assert.Contains(new MatrixProblem("not_rising_with_impact", 3, 4), RiskMatrix.Problems(flat, DefaultBands));

        var sinking = RiskMatrix.Default.Magnitudes;
        sinking[4, 0] = 5; // likelihood 5, impact 1 below likelihood 4 (6)
        Assert.Contains(new MatrixProblem("not_rising_with_likelihood", 5, 1), RiskMatrix.Problems(sinking, DefaultBands));

        var outside = RiskMatrix.Default.Magnitudes;
        outside[4, 4] = 26;
        Assert.Contains(new MatrixProblem("cell_out_of_range", 5, 5), RiskMatrix.Problems(outside, DefaultBands));
        Assert.Throws<ArgumentException>(() => new RiskMatrix(outside, DefaultBands));
    }

    [Fact]
    public void Bands_start_at_1_rise_and_have_names()
    {
        Assert.Contains(RiskMatrix.Problems(RiskMatrix.Default.Magnitudes, [("A", 2), ("B", 6), ("C", 11), ("D", 16), ("E", 21)]), p => p.Code == "band_from" && p.Likelihood == 1);
        Assert.Contains(RiskMatrix.Problems(RiskMatrix.Default.Magnitudes, [("A", 1), ("B", 11), ("C", 11), ("D", 16), ("E", 21)]), p => p.Code == "band_from" && p.Likelihood == 3);
        Assert.Contains(RiskMatrix.Problems(RiskMatrix.Default.Magnitudes, [("A", 1), (" ", 6), ("C", 11), ("D", 16), ("E", 21)]), p => p.Code == "band_name" && p.Likelihood == 2);
        Assert.Contains(RiskMatrix.Problems(RiskMatrix.Default.Magnitudes, [("A", 1), ("B", 6)]), p => p.Code == "bands_count");
    }

    [Theory]
    [InlineData(3, 3, 11, true)]   // 14 ≥ 11
    [InlineData(3, 3, 14, true)]   // the appetite is the magnitude from which a risk must be treated
    [InlineData(3, 3, 15, false)]
    [InlineData(2, 4, 16, false)]  // 13 < 16: accepted and monitored
    [InlineData(1, 1, null, true)] // a category without appetite: always treated
    public void The_appetite_decides_whether_a_risk_must_be_treated(int likelihood, int impact, int? appetite, bool mustTreat)
    {
        var evaluation = RiskEvaluation.Of(likelihood, impact, appetite, RiskMatrix.Default);
        Assert.Equal(mustTreat, evaluation.MustTreat);
        Assert.Equal(RiskMatrix.Default.Magnitude(likelihood, impact), evaluation.Magnitude);
    }

    [Fact]
    public void Threats_and_opportunities_have_their_own_treatment_options()
    {
        Assert.Equal([TreatmentOption.Mitigate, TreatmentOption.Transfer, TreatmentOption.Avoid, TreatmentOption.Accept], Treatment.OptionsFor(RiskKind.Negative));
        Assert.Equal([TreatmentOption.Exploit, TreatmentOption.Share, TreatmentOption.Enhance, TreatmentOption.Accept], Treatment.OptionsFor(RiskKind.Positive));
    }

    [Fact]
    public void A_treatment_is_overdue_after_its_deadline_until_reported_done()
    {
        var treatment = new Treatment { Deadline = new DateOnly(2026, 9, 30) };
        Assert.False(treatment.IsOverdue(new DateOnly(2026, 9, 30)));
        Assert.True(treatment.IsOverdue(new DateOnly(2026, 10, 1)));
        treatment.Monitoring.Add(new() { Date = new DateOnly(2026, 10, 5), Status = Pamong.SpbeAssessment.Risks.Monitoring.MonitoringStatus.Done, Progress = 100 });
        Assert.False(treatment.IsOverdue(new DateOnly(2026, 10, 6)));
    }
}

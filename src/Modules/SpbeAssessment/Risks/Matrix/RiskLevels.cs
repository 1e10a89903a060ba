namespace Pamong.SpbeAssessment.Risks.Matrix;

/// <summary>The resource keys of the level names of PermenPANRB 5/2020 ("Likelihood_3" = Kadang Terjadi, "Impact_4" = Signifikan).</summary>
public static class RiskLevels
{
    public static readonly IReadOnlyList<int> All = [1, 2, 3, 4, 5];

    public static string LikelihoodKey(int level) => "Likelihood_" + level.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string ImpactKey(int level) => "Impact_" + level.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

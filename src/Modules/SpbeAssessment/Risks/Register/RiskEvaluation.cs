using Pamong.SpbeAssessment.Risks.Matrix;

namespace Pamong.SpbeAssessment.Risks.Register;

/// <summary>
/// A risk's analysis and evaluation: its magnitude from the matrix, the band it falls in, the appetite of
/// its category, and whether it must be treated (magnitude at or above the appetite; always, when its
/// category has no appetite).
/// </summary>
public sealed record RiskEvaluation(int Magnitude, RiskBand Band, int? Appetite, bool MustTreat)
{
    public static RiskEvaluation Of(int likelihood, int impact, int? appetite, RiskMatrix matrix)
    {
        var magnitude = matrix.Magnitude(likelihood, impact);
        return new RiskEvaluation(magnitude, matrix.Band(magnitude), appetite, appetite is null || magnitude >= appetite);
    }
}

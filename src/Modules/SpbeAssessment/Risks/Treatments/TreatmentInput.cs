using System.Globalization;

namespace Pamong.SpbeAssessment.Risks.Treatments;

/// <summary>What an officer enters for a treatment plan. Option by name (e.g. "Mitigate"); deadline as yyyy-MM-dd.</summary>
public sealed class TreatmentInput
{
    /// <summary>The risk treated; fixed once the treatment exists.</summary>
    public int? RiskId { get; set; }

    public string? Option { get; set; }
    public string? Plan { get; set; }
    public int? OwnerUnitId { get; set; }
    public string? Deadline { get; set; }
    public int? TargetLikelihood { get; set; }
    public int? TargetImpact { get; set; }

    public static TreatmentInput From(Treatment t) => new()
    {
        RiskId = t.RiskId,
        Option = t.Option.ToString(),
        Plan = t.Plan,
        OwnerUnitId = t.OwnerUnitId,
        Deadline = t.Deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TargetLikelihood = t.TargetLikelihood,
        TargetImpact = t.TargetImpact,
    };

    /// <summary>Reads yyyy-MM-dd (what a date field sends) with the invariant culture.</summary>
    public static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}

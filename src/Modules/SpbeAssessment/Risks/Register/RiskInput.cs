namespace Pamong.SpbeAssessment.Risks.Register;

/// <summary>What an officer enters for a risk. Choices by name: Kind "Negative"/"Positive", ImpactArea e.g. "IctOperationsAndAssets".</summary>
public sealed class RiskInput
{
    /// <summary>The context the risk belongs to; fixed once the risk exists.</summary>
    public int? ContextId { get; set; }

    public string? Category { get; set; }
    public string? Kind { get; set; }
    public string? Event { get; set; }
    public string? Cause { get; set; }
    public string? ImpactDescription { get; set; }
    public string? ImpactArea { get; set; }
    public int? OwnerUnitId { get; set; }

    /// <summary>1 Hampir Tidak Terjadi … 5 Hampir Pasti Terjadi.</summary>
    public int? Likelihood { get; set; }

    /// <summary>1 Tidak Signifikan … 5 Sangat Signifikan.</summary>
    public int? Impact { get; set; }

    public static RiskInput From(Risk r) => new()
    {
        ContextId = r.ContextId,
        Category = r.Category,
        Kind = r.Kind.ToString(),
        Event = r.Event,
        Cause = r.Cause,
        ImpactDescription = r.ImpactDescription,
        ImpactArea = r.ImpactArea.ToString(),
        OwnerUnitId = r.OwnerUnitId,
        Likelihood = r.Likelihood,
        Impact = r.Impact,
    };
}

namespace Pamong.SpbeAssessment.Risks.Monitoring;

/// <summary>What an officer reports on a treatment. Date as yyyy-MM-dd; status "NotStarted", "InProgress" or "Done".</summary>
public sealed class MonitoringInput
{
    public int? TreatmentId { get; set; }
    public string? Date { get; set; }
    public int? Progress { get; set; }
    public string? Status { get; set; }
    public int? ResidualLikelihood { get; set; }
    public int? ResidualImpact { get; set; }
    public string? Note { get; set; }
}

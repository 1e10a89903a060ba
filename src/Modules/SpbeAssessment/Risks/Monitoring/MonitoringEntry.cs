using System.Text.Json.Serialization;
using Pamong.Platform.Tenancy;

namespace Pamong.SpbeAssessment.Risks.Monitoring;

/// <summary>A monitoring report on a treatment (form 5.0): how far it is, and the residual likelihood and impact seen.</summary>
public sealed class MonitoringEntry : ITenantOwned
{
    public int Id { get; set; }
    public string TenantId { get; set; } = "";
    public int TreatmentId { get; set; }
    public DateOnly Date { get; set; }

    /// <summary>Progress of the treatment in percent, 0–100.</summary>
    public int Progress { get; set; }

    public MonitoringStatus Status { get; set; }
    public int ResidualLikelihood { get; set; }
    public int ResidualImpact { get; set; }
    public string? Note { get; set; }
}

[JsonConverter(typeof(JsonStringEnumConverter<MonitoringStatus>))]
public enum MonitoringStatus
{
    NotStarted,
    InProgress,
    Done,
}

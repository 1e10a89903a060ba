using System.Text.Json.Serialization;
using Pamong.Platform.Tenancy;
using Pamong.SpbeAssessment.Risks.Monitoring;
using Pamong.SpbeAssessment.Risks.Register;

namespace Pamong.SpbeAssessment.Risks.Treatments;

/// <summary>
/// A treatment plan of a risk (form 4.0): the option, the action, who carries it out and by when, and the
/// residual likelihood and impact it aims for.
/// </summary>
public sealed class Treatment : ITenantOwned
{
    public int Id { get; set; }
    public string TenantId { get; set; } = "";
    public int RiskId { get; set; }
    public TreatmentOption Option { get; set; }
    public string Plan { get; set; } = "";
    public int OwnerUnitId { get; set; }
    public DateOnly Deadline { get; set; }
    public int TargetLikelihood { get; set; }
    public int TargetImpact { get; set; }
    public List<MonitoringEntry> Monitoring { get; set; } = [];

    /// <summary>The latest monitoring entry (by date, then as entered), or null.</summary>
    public MonitoringEntry? Latest => Monitoring.OrderBy(m => m.Date).ThenBy(m => m.Id).LastOrDefault();

    /// <summary>Past its deadline and not reported done.</summary>
    public bool IsOverdue(DateOnly today) => Deadline < today && Latest?.Status != MonitoringStatus.Done;

    /// <summary>The options open to a kind of risk: mitigate, transfer, avoid or accept a threat; exploit, share, enhance or accept an opportunity.</summary>
    public static IReadOnlyList<TreatmentOption> OptionsFor(RiskKind kind) => kind == RiskKind.Negative
        ? [TreatmentOption.Mitigate, TreatmentOption.Transfer, TreatmentOption.Avoid, TreatmentOption.Accept]
        : [TreatmentOption.Exploit, TreatmentOption.Share, TreatmentOption.Enhance, TreatmentOption.Accept];
}

[JsonConverter(typeof(JsonStringEnumConverter<TreatmentOption>))]
public enum TreatmentOption
{
    Mitigate,
    Transfer,
    Avoid,
    Accept,
    Exploit,
    Share,
    Enhance,
}

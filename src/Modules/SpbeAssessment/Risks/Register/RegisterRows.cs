using System.Text.Json.Serialization;
using Pamong.SpbeAssessment.Risks.Matrix;
using Pamong.SpbeAssessment.Risks.Monitoring;
using Pamong.SpbeAssessment.Risks.Treatments;

namespace Pamong.SpbeAssessment.Risks.Register;

// The register as pages and the API show it: every risk evaluated against the Pemda's matrix.

/// <summary>A likelihood and impact with the magnitude and band they give.</summary>
public sealed record LevelView(int Likelihood, int Impact, int Magnitude, string Band, int BandLevel)
{
    public static LevelView Of(int likelihood, int impact, RiskMatrix matrix)
    {
        var magnitude = matrix.Magnitude(likelihood, impact);
        var band = matrix.Band(magnitude);
        return new LevelView(likelihood, impact, magnitude, band.Name, band.Level);
    }
}

public sealed record ContextRow(int Id, int Year, string Name, string? Scope, string? Objectives, string? Stakeholders, IReadOnlyList<CategoryRow> Categories, int RiskCount);

public sealed record CategoryRow(string Name, int Appetite);

public sealed record RiskRow(
    int Id, int ContextId, string Code, int Number, string Category, RiskKind Kind, string Event, string? Cause, string? ImpactDescription,
    ImpactArea ImpactArea, int OwnerUnitId, string? OwnerName, LevelView Inherent, int? Appetite, bool MustTreat, LevelView? Residual,
    IReadOnlyList<TreatmentRow> Treatments)
{
    [JsonIgnore]
    public bool HasOverdue => Treatments.Any(t => t.Overdue);
}

public sealed record TreatmentRow(
    int Id, int RiskId, TreatmentOption Option, string Plan, int OwnerUnitId, string? OwnerName, DateOnly Deadline, LevelView Target, bool Overdue,
    IReadOnlyList<MonitoringRow> Monitoring);

public sealed record MonitoringRow(int Id, int TreatmentId, DateOnly Date, int Progress, MonitoringStatus Status, LevelView Residual, string? Note);

/// <summary>One context's register.</summary>
public sealed record RegisterView(ContextRow Context, IReadOnlyList<RiskRow> Risks)
{
    [JsonIgnore]
    public RiskMatrix Matrix { get; init; } = RiskMatrix.Default;
}

/// <summary>A cell of the heat map: how many risks sit at this likelihood and impact.</summary>
public sealed record HeatCell(int Likelihood, int Impact, int Magnitude, string Band, int BandLevel, int Count);

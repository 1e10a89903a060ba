using Pamong.Platform.Tenancy;

namespace Pamong.SpbeAssessment.Risks.Matrix;

/// <summary>One cell of a Pemda's localised matrix; a Pemda without 25 cells uses <see cref="RiskMatrix.Default"/>.</summary>
public sealed class RiskMatrixCell : ITenantOwned
{
    public int Id { get; set; }
    public string TenantId { get; set; } = "";
    public int Likelihood { get; set; }
    public int Impact { get; set; }
    public int Magnitude { get; set; }
}

/// <summary>One band of a Pemda's localised matrix (level 1–5, its name and its lowest magnitude).</summary>
public sealed class RiskBandSetting : ITenantOwned
{
    public int Id { get; set; }
    public string TenantId { get; set; } = "";
    public int Level { get; set; }
    public string Name { get; set; } = "";
    public int FromMagnitude { get; set; }
}

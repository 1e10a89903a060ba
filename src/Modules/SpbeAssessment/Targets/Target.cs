using Pamong.Platform.Tenancy;

namespace Pamong.SpbeAssessment.Targets;

/// <summary>What the Pemda aims for in a year: an overall index and, optionally, target levels per indicator.</summary>
public sealed class Target : ITenantOwned
{
    public int Id { get; set; }
    public string TenantId { get; set; } = "";
    public int Year { get; set; }
    public decimal? Index { get; set; }
    public string? Note { get; set; }
    public List<TargetLevel> Levels { get; set; } = [];
}

public sealed class TargetLevel : ITenantOwned
{
    public int Id { get; set; }
    public string TenantId { get; set; } = "";
    public int TargetId { get; set; }
    public string IndicatorCode { get; set; } = "";
    public int Level { get; set; }
}

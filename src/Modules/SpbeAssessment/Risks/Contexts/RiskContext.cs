using Pamong.Platform.Tenancy;

namespace Pamong.SpbeAssessment.Risks.Contexts;

/// <summary>
/// The context of SPBE risk management for a period (form 2.0 of PermenPANRB 5/2020): whose risks
/// (the risk-owning unit), the scope, the SPBE objectives, the stakeholders, and the risk categories in use
/// with the appetite of each.
/// </summary>
public sealed class RiskContext : ITenantOwned
{
    public int Id { get; set; }
    public string TenantId { get; set; } = "";
    public int Year { get; set; }

    /// <summary>The risk-owning unit (UPR), e.g. "Pemerintah Kabupaten Banyuwangi".</summary>
    public string Name { get; set; } = "";

    public string? Scope { get; set; }
    public string? Objectives { get; set; }
    public string? Stakeholders { get; set; }
    public List<RiskAppetite> Categories { get; set; } = [];

    /// <summary>The appetite of a category, or null when the category is not in use.</summary>
    public int? AppetiteOf(string category) => Categories.FirstOrDefault(c => c.Category == category)?.Appetite;
}

/// <summary>A risk category in use and its appetite: the magnitude from which a risk of the category must be treated.</summary>
public sealed class RiskAppetite : ITenantOwned
{
    public int Id { get; set; }
    public string TenantId { get; set; } = "";
    public int ContextId { get; set; }
    public string Category { get; set; } = "";
    public int Appetite { get; set; }
}

namespace Pamong.SpbeAssessment.Risks.Contexts;

/// <summary>What an officer enters for a risk context; <see cref="Categories"/> lists the categories in use with their appetite.</summary>
public sealed class RiskContextInput
{
    public int? Year { get; set; }
    public string? Name { get; set; }
    public string? Scope { get; set; }
    public string? Objectives { get; set; }
    public string? Stakeholders { get; set; }
    public List<CategoryInput> Categories { get; set; } = [];

    public static RiskContextInput From(RiskContext c) => new()
    {
        Year = c.Year,
        Name = c.Name,
        Scope = c.Scope,
        Objectives = c.Objectives,
        Stakeholders = c.Stakeholders,
        Categories = c.Categories.OrderBy(a => a.Id).Select(a => new CategoryInput { Name = a.Category, Appetite = a.Appetite, Used = true }).ToList(),
    };
}

/// <summary>A category line of the form: <see cref="Used"/> unticked (or an empty name) leaves it out.</summary>
public sealed class CategoryInput
{
    public string? Name { get; set; }
    public int? Appetite { get; set; }
    public bool Used { get; set; } = true;
}

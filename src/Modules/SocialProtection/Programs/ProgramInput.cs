namespace Pamong.SocialProtection.Programs;

/// <summary>A program as the form and the API send it (see <see cref="AidProgram"/> for the meaning of each field).</summary>
public sealed class ProgramInput
{
    public string? Code { get; set; }
    public string? Name { get; set; }
    public string? Description { get; set; }
    public string? Funding { get; set; }
    public int? MaxDecile { get; set; }
    public List<Criterion> RequiredCriteria { get; set; } = [];
    public bool RequireAllCriteria { get; set; }
    public bool ExcludeOfficials { get; set; } = true;
    public bool ExcludeDeceasedHead { get; set; } = true;
    public long? MaxMonthlyIncome { get; set; }
    public int? ExcludedFromElectricityVa { get; set; }
    public int? MaxCars { get; set; }
    public decimal? MaxLandArea { get; set; }
    public long? BenefitPerStage { get; set; }
    public string? BenefitForm { get; set; }
    public int? StagesPerYear { get; set; } = 1;
    public int? DefaultVillageQuota { get; set; }
    public int? Priority { get; set; } = 100;
    public List<string> ExclusiveWith { get; set; } = [];
    public int? AppealDays { get; set; } = 30;
    public bool Active { get; set; } = true;
    public List<ComponentInput> Components { get; set; } = [];
    public List<QuotaInput> Quotas { get; set; } = [];

    public static ProgramInput From(AidProgram p) => new()
    {
        Code = p.Code,
        Name = p.Name,
        Description = p.Description,
        Funding = p.Funding,
        MaxDecile = p.MaxDecile,
        RequiredCriteria = [.. p.RequiredCriteria],
        RequireAllCriteria = p.RequireAllCriteria,
        ExcludeOfficials = p.ExcludeOfficials,
        ExcludeDeceasedHead = p.ExcludeDeceasedHead,
        MaxMonthlyIncome = p.MaxMonthlyIncome,
        ExcludedFromElectricityVa = p.ExcludedFromElectricityVa,
        MaxCars = p.MaxCars,
        MaxLandArea = p.MaxLandArea,
        BenefitPerStage = p.BenefitPerStage,
        BenefitForm = p.BenefitForm,
        StagesPerYear = p.StagesPerYear,
        DefaultVillageQuota = p.DefaultVillageQuota,
        Priority = p.Priority,
        ExclusiveWith = [.. p.ExclusiveWith],
        AppealDays = p.AppealDays,
        Active = p.Active,
        Components = p.Components.Select(c => new ComponentInput { Name = c.Name, Criterion = c.Criterion, Amount = c.Amount }).ToList(),
        Quotas = p.Quotas.OrderBy(q => q.VillageCode).Select(q => new QuotaInput { VillageCode = q.VillageCode, Quota = q.Quota }).ToList(),
    };
}

public sealed class ComponentInput
{
    public string? Name { get; set; }
    public Criterion? Criterion { get; set; }
    public long? Amount { get; set; }
}

public sealed class QuotaInput
{
    public string? VillageCode { get; set; }
    public int? Quota { get; set; }
}

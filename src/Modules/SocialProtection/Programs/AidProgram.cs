using Pamong.Platform.Tenancy;

namespace Pamong.SocialProtection.Programs;

/// <summary>
/// A social-assistance program of the Pemda (PKH, Program Sembako, BLT Dana Desa, PBI-JK, PIP, a local
/// program), kept as data: its eligibility rules, the benefit per stage, the stages per year, the quota per
/// village, the programs it may not be combined with, its place in the priority order, and the appeal period.
/// </summary>
public sealed class AidProgram : ITenantOwned
{
    public int Id { get; set; }
    public string TenantId { get; set; } = "";

    /// <summary>Short stable code, e.g. "PKH", "BLT-DD"; unique per Pemda.</summary>
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";
    public string Description { get; set; } = "";

    /// <summary>Who funds it, e.g. "APBN (Kemensos)", "Dana Desa", "APBD Kabupaten".</summary>
    public string Funding { get; set; } = "";

    // Eligibility (see EligibilityRules).
    public int? MaxDecile { get; set; }
    public List<Criterion> RequiredCriteria { get; set; } = [];
    public bool RequireAllCriteria { get; set; }
    public bool ExcludeOfficials { get; set; } = true;
    public bool ExcludeDeceasedHead { get; set; } = true;
    public long? MaxMonthlyIncome { get; set; }
    public int? ExcludedFromElectricityVa { get; set; }
    public int? MaxCars { get; set; }
    public decimal? MaxLandArea { get; set; }

    /// <summary>The base amount per household per stage, in rupiah (components come on top).</summary>
    public long BenefitPerStage { get; set; }

    /// <summary>What the benefit is, e.g. "tunai", "sembako senilai", "iuran JKN".</summary>
    public string BenefitForm { get; set; } = "";

    public int StagesPerYear { get; set; } = 1;

    /// <summary>The quota of a village with no quota of its own; null: no limit.</summary>
    public int? DefaultVillageQuota { get; set; }

    /// <summary>Lower comes first: a household selected by an exclusive program earlier in the order is not selected here.</summary>
    public int Priority { get; set; } = 100;

    /// <summary>Codes of the programs this one may not be combined with (the relation is read both ways).</summary>
    public List<string> ExclusiveWith { get; set; } = [];

    /// <summary>How long residents may appeal after a run is announced.</summary>
    public int AppealDays { get; set; } = 30;

    public bool Active { get; set; } = true;

    public List<BenefitComponent> Components { get; set; } = [];
    public List<VillageQuota> Quotas { get; set; } = [];

    public EligibilityRules Rules => new()
    {
        MaxDecile = MaxDecile,
        RequiredCriteria = RequiredCriteria,
        RequireAllCriteria = RequireAllCriteria,
        ExcludeOfficials = ExcludeOfficials,
        ExcludeDeceasedHead = ExcludeDeceasedHead,
        MaxMonthlyIncome = MaxMonthlyIncome,
        ExcludedFromElectricityVa = ExcludedFromElectricityVa,
        MaxCars = MaxCars,
        MaxLandArea = MaxLandArea,
    };

    public int? QuotaOf(string villageCode) =>
        Quotas.FirstOrDefault(q => q.VillageCode == villageCode)?.Quota ?? DefaultVillageQuota;

    /// <summary>What one household receives per stage: the base amount and every component whose circumstance it has.</summary>
    public long BenefitFor(IReadOnlySet<Criterion> present) =>
        BenefitPerStage + Components.Where(c => c.Criterion is not { } criterion || present.Contains(criterion)).Sum(c => c.Amount);
}

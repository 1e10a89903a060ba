using Pamong.Platform.Tenancy;

namespace Pamong.SocialProtection.Registry;

/// <summary>
/// A household in the social-protection registry, keyed by its family card (KK) number, with the
/// socio-economic attributes targeting uses (DTSEN-style welfare decile, income, housing, electricity,
/// land, livestock, vehicles) and an address down to village and RT/RW.
/// </summary>
public sealed class Household : ITenantOwned
{
    public int Id { get; set; }
    public string TenantId { get; set; } = "";

    /// <summary>Nomor KK, 16 digits; unique per Pemda.</summary>
    public string KkNumber { get; set; } = "";

    /// <summary>The village (desa/kelurahan) region code, e.g. "35.10.15.2004".</summary>
    public string VillageCode { get; set; } = "";

    public string Rt { get; set; } = "";
    public string Rw { get; set; } = "";
    public string Address { get; set; } = "";

    /// <summary>DTSEN welfare decile: 1 (poorest) to 10; null while not ranked.</summary>
    public int? WelfareDecile { get; set; }

    /// <summary>Household income per month in rupiah, as declared or surveyed.</summary>
    public long? MonthlyIncome { get; set; }

    public FloorMaterial? FloorMaterial { get; set; }
    public WallMaterial? WallMaterial { get; set; }
    public RoofMaterial? RoofMaterial { get; set; }

    /// <summary>Floor area of the dwelling in square metres.</summary>
    public decimal? FloorArea { get; set; }

    /// <summary>Installed electricity capacity in VA (0: no PLN connection).</summary>
    public int? ElectricityVa { get; set; }

    /// <summary>Land owned in square metres.</summary>
    public decimal? LandArea { get; set; }

    /// <summary>Cattle, buffalo and horses.</summary>
    public int LargeLivestock { get; set; }

    /// <summary>Goats, sheep and pigs.</summary>
    public int SmallLivestock { get; set; }

    public int Motorcycles { get; set; }
    public int Cars { get; set; }

    public HouseholdSource Source { get; set; }

    /// <summary>User name of whoever registered the household (the citizen, the agent, or the importing officer).</summary>
    public string RegisteredBy { get; set; } = "";

    public DateTimeOffset RegisteredAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public List<Member> Members { get; set; } = [];
}

namespace Pamong.SocialProtection.Registry;

/// <summary>
/// A household as typed on the registration form, sent to the API, or read from an import row. Everything is
/// text so that nothing typed is lost on an error; <see cref="RegistryFields"/> checks and converts it.
/// </summary>
public sealed class HouseholdInput
{
    public string? KkNumber { get; set; }
    public string? VillageCode { get; set; }
    public string? Rt { get; set; }
    public string? Rw { get; set; }
    public string? Address { get; set; }
    public string? WelfareDecile { get; set; }
    public string? MonthlyIncome { get; set; }
    public string? FloorMaterial { get; set; }
    public string? WallMaterial { get; set; }
    public string? RoofMaterial { get; set; }
    public string? FloorArea { get; set; }
    public string? ElectricityVa { get; set; }
    public string? LandArea { get; set; }
    public string? LargeLivestock { get; set; }
    public string? SmallLivestock { get; set; }
    public string? Motorcycles { get; set; }
    public string? Cars { get; set; }

    public List<MemberInput> Members { get; set; } = [];

    /// <summary>Required when an agent registers on a resident's behalf, and the resident's own agreement when self-registering.</summary>
    public ConsentInput Consent { get; set; } = new();
}

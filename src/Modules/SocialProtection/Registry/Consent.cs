using Pamong.Platform.Tenancy;

namespace Pamong.SocialProtection.Registry;

/// <summary>
/// The consent a resident gave to process their household's data (UU 27/2022): who consented, to which
/// agent, how, when and for what purpose. Self-registration records the resident's own online consent.
/// </summary>
public sealed class Consent : ITenantOwned
{
    /// <summary>The purpose stated on the registration form.</summary>
    public const string RegistryPurpose = "Pendaftaran dan pemutakhiran data perlindungan sosial (seleksi, penyaluran, dan sanggah bansos)";

    public int Id { get; set; }
    public string TenantId { get; set; } = "";
    public int HouseholdId { get; set; }

    /// <summary>NIK of the household member who consented.</summary>
    public string ConsentedByNik { get; set; } = "";

    public string ConsentedByName { get; set; } = "";

    /// <summary>User name of the agent who took the consent, or of the resident for self-registration.</summary>
    public string AgentUserName { get; set; } = "";

    public string AgentName { get; set; } = "";
    public ConsentMethod Method { get; set; }

    /// <summary>Name of the witness for verbal consent.</summary>
    public string? Witness { get; set; }

    public string Purpose { get; set; } = RegistryPurpose;
    public DateTimeOffset GivenAt { get; set; }
    public DateTimeOffset? WithdrawnAt { get; set; }
}

public enum ConsentMethod
{
    /// <summary>The resident consented online while signed in with their own account.</summary>
    Online,

    SignedForm,
    Fingerprint,

    /// <summary>Spoken consent, witnessed by a named person.</summary>
    VerbalWitnessed,
}

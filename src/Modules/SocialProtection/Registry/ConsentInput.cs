namespace Pamong.SocialProtection.Registry;

/// <summary>The consent recorded with a registration.</summary>
public sealed class ConsentInput
{
    /// <summary>The "consent was given" checkbox.</summary>
    public bool Given { get; set; }

    /// <summary>SignedForm, Fingerprint or VerbalWitnessed (an agent); Online for self-registration (set by the system).</summary>
    public string? Method { get; set; }

    /// <summary>NIK of the member who consented; defaults to the head of the family.</summary>
    public string? ConsentedByNik { get; set; }

    /// <summary>Required for verbal consent.</summary>
    public string? Witness { get; set; }
}

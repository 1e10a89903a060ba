namespace Pamong.SocialProtection.Registry;

/// <summary>How a household entered the registry.</summary>
public enum HouseholdSource
{
    /// <summary>Registered by a signed-in resident for their own household.</summary>
    Self,

    /// <summary>Registered on the resident's behalf by an agent (pendamping PKH, TKSK, desa operator) with consent.</summary>
    Agent,

    /// <summary>Imported from a DTKS/DTSEN export or a village data collection.</summary>
    Import,
}

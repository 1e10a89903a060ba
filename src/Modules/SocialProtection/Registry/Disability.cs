namespace Pamong.SocialProtection.Registry;

/// <summary>Disability of a member; PKH pays its component for <see cref="Severe"/> only.</summary>
public enum Disability
{
    None,
    Moderate,
    Severe,
}

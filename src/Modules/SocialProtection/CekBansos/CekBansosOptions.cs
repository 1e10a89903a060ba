namespace Pamong.SocialProtection.CekBansos;

/// <summary>Configuration "Perlinsos:CekBansos".</summary>
public sealed class CekBansosOptions
{
    public const string Section = "Perlinsos:CekBansos";

    /// <summary>The secret key of <see cref="NikHasher"/>; set a long random value in production (changing it needs the table rebuilt).</summary>
    public string LookupKey { get; set; } = "pamong-development-lookup-key";

    /// <summary>Lookups per client address per window (the page and the API together).</summary>
    public int PermitLimit { get; set; } = 20;

    public int WindowSeconds { get; set; } = 60;
}

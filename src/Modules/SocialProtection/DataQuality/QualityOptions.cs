namespace Pamong.SocialProtection.DataQuality;

/// <summary>
/// Thresholds of the data-quality pass (configuration section "Perlinsos:Quality"). Ability signals are
/// reported, not decided: each program applies its own thresholds when it selects.
/// </summary>
public sealed class QualityOptions
{
    public const string Section = "Perlinsos:Quality";

    /// <summary>Household income per month (rupiah) from which the household is flagged.</summary>
    public long IncomeAtLeast { get; set; } = 5_000_000;

    /// <summary>Installed electricity (VA) from which the household is flagged (1,300 VA and above is not subsidised).</summary>
    public int ElectricityVaAtLeast { get; set; } = 1300;

    public int CarsAtLeast { get; set; } = 1;

    /// <summary>Land owned (m²) from which the household is flagged.</summary>
    public decimal LandAreaAtLeast { get; set; } = 5_000;

    public int LargeLivestockAtLeast { get; set; } = 5;

    /// <summary>
    /// Names at least this similar (Jaro–Winkler, normalised) with the same birth date and sex are one person when a place
    /// agrees too: the same desa, or the same birth place and kecamatan, or the same birth place and a name of two or more
    /// significant words (see QualityDetector.IsOnePerson).
    /// </summary>
    public double DuplicateSimilarity { get; set; } = 0.92;

    /// <summary>A lower similarity that still counts inside one household (family).</summary>
    public double DuplicateSimilarityWithSupport { get; set; } = 0.85;
}

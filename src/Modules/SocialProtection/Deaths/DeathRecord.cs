using Pamong.Platform.Tenancy;

namespace Pamong.SocialProtection.Deaths;

/// <summary>A reported death (Dukcapil death certificates, village reports), imported to catch deceased recipients.</summary>
public sealed class DeathRecord : ITenantOwned
{
    public int Id { get; set; }
    public string TenantId { get; set; } = "";
    public string Nik { get; set; } = "";
    public string Name { get; set; } = "";
    public string NormalizedName { get; set; } = "";
    public DateOnly DiedOn { get; set; }

    /// <summary>Akta kematian number or the village letter's number, when known.</summary>
    public string? Reference { get; set; }

    /// <summary>Where the record came from, e.g. "Dukcapil" or the imported file's name.</summary>
    public string Source { get; set; } = "";

    public DateTimeOffset ImportedAt { get; set; }
}

namespace Pamong.Platform.Tenancy;

/// <summary>A Pemda (regency, city or province) served by this deployment.</summary>
public sealed class Tenant
{
    /// <summary>A short slug, e.g. "banyuwangi".</summary>
    public required string Id { get; set; }

    /// <summary>The Kemendagri region code of the Pemda, e.g. "35.10".</summary>
    public required string RegionCode { get; set; }

    /// <summary>The official name, e.g. "Pemerintah Kabupaten Banyuwangi".</summary>
    public required string Name { get; set; }

    /// <summary>Host names (comma-separated) that open this Pemda's site, e.g. "pamong.banyuwangikab.go.id".</summary>
    public string Hosts { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
}

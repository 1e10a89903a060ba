namespace Pamong.PublicServices.Statistics;

/// <summary>What the dashboard rows are: one per service, per OPD (OPD services), per kecamatan or per desa.</summary>
public enum Breakdown
{
    Service,
    Opd,
    Kecamatan,
    Desa,
}

public static class Breakdowns
{
    /// <summary>The query value (<c>by=service|opd|kecamatan|desa</c>); null when unknown.</summary>
    public static Breakdown? Parse(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" or "service" or "layanan" => Breakdown.Service,
        "opd" => Breakdown.Opd,
        "kecamatan" => Breakdown.Kecamatan,
        "desa" => Breakdown.Desa,
        _ => null,
    };

    public static string Key(this Breakdown by) => by.ToString().ToLowerInvariant();
}

namespace Pamong.SpbeAssessment.PlatformEvidence;

/// <summary>
/// Which of Pamong's own figures support which indicator of PermenPANRB 59/2020 — the one place to change when
/// a module arrives. Each source is shown live on the indicator page with a link to where it lives.
/// </summary>
public static class EvidenceSources
{
    public const string InstrumentId = "permenpanrb-59-2020";

    /// <summary>Which Pamong modules the Pemda has switched on.</summary>
    public const string Modules = "modules";

    /// <summary>The audit trail: records kept and how to verify the chain.</summary>
    public const string AuditTrail = "audit-trail";

    /// <summary>Regions, residents, organisation units kept in Pamong.</summary>
    public const string Data = "data";

    /// <summary>Organisation units, positions and staff.</summary>
    public const string Staff = "staff";

    /// <summary>The open API (Pamong as a service-connecting system).</summary>
    public const string Api = "api";

    /// <summary>Complaints handling (the PublicServices module).</summary>
    public const string Complaints = "complaints";

    /// <summary>Online public services (the PublicServices module).</summary>
    public const string OnlineServices = "online-services";

    /// <summary>Official letters and archives (the Office module).</summary>
    public const string Office = "office";

    /// <summary>Module ids of modules that do not exist yet; shown as "belum tersedia" until they do.</summary>
    public const string PublicServicesModule = "layanan";
    public const string OfficeModule = "naskah";

    private static readonly Dictionary<string, string[]> ByIndicator = new(StringComparer.Ordinal)
    {
        ["3"] = [Data],
        ["8"] = [AuditTrail],
        ["9"] = [AuditTrail],
        ["18"] = [Api],
        ["22"] = [AuditTrail],
        ["23"] = [Data],
        ["24"] = [Modules],
        ["25"] = [Staff],
        ["31"] = [AuditTrail],
        ["36"] = [Staff, Modules],
        ["37"] = [Office, Modules],
        ["41"] = [Staff, Modules],
        ["42"] = [Complaints, Modules],
        ["43"] = [Data, Api],
        ["45"] = [OnlineServices, Modules],
        ["46"] = [OnlineServices, Modules],
        ["47"] = [OnlineServices, Modules],
    };

    /// <summary>The sources of an indicator; the other service indicators (32–47) show the modules.</summary>
    public static IReadOnlyList<string> For(string instrumentId, string code)
    {
        if (instrumentId != InstrumentId)
        {
            return [];
        }

        if (ByIndicator.TryGetValue(code, out var sources))
        {
            return sources;
        }

        return int.TryParse(code, out var number) && number is >= 32 and <= 47 ? [Modules] : [];
    }
}

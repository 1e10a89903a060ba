using System.Globalization;

namespace Pamong.SocialProtection.Programs;

/// <summary>
/// The form's text areas for benefit components ("Anak sekolah; SchoolAgeChild; 375000" per line, the circumstance
/// optional) and village quotas ("35.10.15.2004 = 120" per line), to and from the input's lists.
/// </summary>
public static class ProgramFormText
{
    public static string Components(IEnumerable<ComponentInput> components) =>
        string.Join("\n", components.Select(c => $"{c.Name}; {c.Criterion}; {c.Amount?.ToString(CultureInfo.InvariantCulture)}"));

    public static string Quotas(IEnumerable<QuotaInput> quotas) =>
        string.Join("\n", quotas.Select(q => $"{q.VillageCode} = {q.Quota?.ToString(CultureInfo.InvariantCulture)}"));

    /// <summary>Null amounts or unknown circumstances stay null, so the editor reports the line.</summary>
    public static List<ComponentInput> ParseComponents(string? text) =>
        Lines(text).Select(line => line.Split(';').Select(p => p.Trim()).ToArray()).Select(parts => new ComponentInput
        {
            Name = parts[0],
            Criterion = parts.Length > 2 && Enum.TryParse<Criterion>(parts[1], out var criterion) ? criterion : null,
            Amount = long.TryParse(parts[^1].Replace(".", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var amount) && parts.Length > 1 ? amount : null,
        }).ToList();

    public static List<QuotaInput> ParseQuotas(string? text) =>
        Lines(text).Select(line => line.Split('=')).Select(parts => new QuotaInput
        {
            VillageCode = parts[0].Trim(),
            Quota = parts.Length == 2 && int.TryParse(parts[1].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var quota) ? quota : null,
        }).ToList();

    private static string[] Lines(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

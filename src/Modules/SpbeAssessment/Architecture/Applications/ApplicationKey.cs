using System.Globalization;

namespace Pamong.SpbeAssessment.Architecture.Applications;

/// <summary>
/// Names an application in forms, the API and integrations: "12" for a stored application, "pamong" for
/// the platform and "pamong.spbe" for one of Pamong's modules (listed automatically, never stored).
/// </summary>
public readonly record struct ApplicationKey(int? Id, string? Pamong)
{
    public const string Platform = "pamong";

    public bool IsPamong => Pamong is not null;

    public static ApplicationKey Stored(int id) => new(id, null);

    public static ApplicationKey ForModule(string moduleId) => new(null, Platform + "." + moduleId);

    /// <summary>The module id of a Pamong module entry ("spbe"), null for the platform or a stored application.</summary>
    public string? ModuleId => Pamong is { } p && p.StartsWith(Platform + ".", StringComparison.Ordinal) ? p[(Platform.Length + 1)..] : null;

    public static ApplicationKey? Parse(string? text)
    {
        text = text?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (text.All(char.IsAsciiDigit) && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0)
        {
            return Stored(id);
        }

        var lower = text.ToLowerInvariant();
        var isPamong = lower == Platform
            || (lower.StartsWith(Platform + ".", StringComparison.Ordinal) && lower.Length > Platform.Length + 1
                && lower[(Platform.Length + 1)..].All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'));
        return isPamong ? new ApplicationKey(null, lower) : null;
    }

    public override string ToString() => Id?.ToString(CultureInfo.InvariantCulture) ?? Pamong ?? "";
}

using Microsoft.Extensions.Localization;

namespace Pamong.Platform.AuditTrail;

/// <summary>Readable names for action and subject codes; a code without a translation is shown as it is.</summary>
public static class AuditLabels
{
    public static string Action(this IStringLocalizer<AuditText> text, string action) => Lookup(text, "Action." + action, action);

    public static string Subject(this IStringLocalizer<AuditText> text, string subject) => Lookup(text, "Subject." + subject, subject);

    private static string Lookup(IStringLocalizer text, string key, string fallback)
    {
        var found = text[key];
        return found.ResourceNotFound ? fallback : found.Value;
    }
}

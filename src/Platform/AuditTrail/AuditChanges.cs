using System.Text.Json;

namespace Pamong.Platform.AuditTrail;

/// <summary>
/// One field of a recorded change. <see cref="HasBefore"/>/<see cref="HasAfter"/> say whether that side exists
/// at all (a created row has no before, a deleted row no after); a null value is a recorded empty value.
/// </summary>
public sealed record FieldChange(string Field, bool HasBefore, string? Before, bool HasAfter, string? After)
{
    public bool Changed => HasBefore && HasAfter && Before != After;
}

/// <summary>Turns the before/after JSON of a change record into rows of a field table.</summary>
public static class AuditChanges
{
    /// <summary>The fields, sorted; null when the record holds something other than JSON objects (a free-text detail).</summary>
    public static IReadOnlyList<FieldChange>? Fields(AuditRecord record)
    {
        var before = Parse(record.Before);
        var after = Parse(record.After);
        if (before is null || after is null)
        {
            return null;
        }

        return before.Keys.Union(after.Keys).Order(StringComparer.Ordinal)
            .Select(field => new FieldChange(field,
                before.ContainsKey(field), before.GetValueOrDefault(field), after.ContainsKey(field), after.GetValueOrDefault(field)))
            .ToList();
    }

    /// <summary>An empty map for a missing side, the values of a JSON object, or null for anything else.</summary>
    private static Dictionary<string, string?>? Parse(string? json)
    {
        if (json is null)
        {
            return [];
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            return document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.String => p.Value.GetString(),
                _ => p.Value.GetRawText(),
            });
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

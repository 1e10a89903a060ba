using System.Text.Json;

namespace Pamong.Complaints;

/// <summary>Enum names as the API writes them ("NotSatisfied" → "not_satisfied").</summary>
internal static class JsonNames
{
    public static string Snake(string name) => JsonNamingPolicy.SnakeCaseLower.ConvertName(name);
}

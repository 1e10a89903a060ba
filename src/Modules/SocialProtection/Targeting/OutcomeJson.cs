using System.Text.Json;

namespace Pamong.SocialProtection.Targeting;

/// <summary>Rule outcomes as stored: a compact JSON array.</summary>
public static class OutcomeJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    public static string Write(IReadOnlyList<RuleOutcome> outcomes) => JsonSerializer.Serialize(outcomes, Options);

    public static IReadOnlyList<RuleOutcome> Read(string json) => JsonSerializer.Deserialize<List<RuleOutcome>>(json, Options) ?? [];
}

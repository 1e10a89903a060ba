using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Pamong.SocialProtection.DataQuality;

/// <summary>A finding as a check produces it, before it is matched to the stored findings by its key.</summary>
public sealed record FindingDraft(string Key, FindingKind Kind, string? Nik, string? KkNumber, string VillageCode, string Evidence)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static FindingDraft Of(FindingKind kind, string keyPart, string? nik, string? kk, string village, object evidence) =>
        new(kind + ":" + keyPart, kind, nik, kk, village, JsonSerializer.Serialize(evidence, Json));

    public string Hash() => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Evidence)));
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pamong.SocialProtection.CekBansos;

/// <summary>The API's answer body: <c>{"programs":[...]}</c>.</summary>
public sealed record CekAnswerBody(IReadOnlyList<CekResult> Programs);

/// <summary>The answer written by generated code instead of reflection, with the web defaults the other API bodies use.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(CekAnswerBody))]
internal sealed partial class CekBansosJson : JsonSerializerContext;

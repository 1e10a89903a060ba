using System.Text.Json.Serialization;

namespace Pamong.SocialProtection.Distribution;

[JsonConverter(typeof(JsonStringEnumConverter<HandOverStatus>))]
public enum HandOverStatus
{
    Planned,
    Delivered,

    /// <summary>Could not be handed over (moved, not met, refused), with the reason.</summary>
    Undelivered,

    /// <summary>Not handed over and paid back to the treasury (kas daerah / kas negara).</summary>
    Returned,
}

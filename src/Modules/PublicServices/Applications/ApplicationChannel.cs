using System.Text.Json.Serialization;

namespace Pamong.PublicServices.Applications;

/// <summary>How an application came in: by the citizen online, or by an operator for a walk-in citizen.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ApplicationChannel>))]
public enum ApplicationChannel
{
    Online,
    Assisted,
}

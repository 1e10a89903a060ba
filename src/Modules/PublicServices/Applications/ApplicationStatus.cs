using System.Text.Json.Serialization;

namespace Pamong.PublicServices.Applications;

[JsonConverter(typeof(JsonStringEnumConverter<ApplicationStatus>))]
public enum ApplicationStatus
{
    Submitted,
    InProgress,
    Returned,
    Completed,
    Rejected,
}

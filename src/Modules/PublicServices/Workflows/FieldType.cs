using System.Text.Json.Serialization;

namespace Pamong.PublicServices.Workflows;

[JsonConverter(typeof(JsonStringEnumConverter<FieldType>))]
public enum FieldType
{
    Text,
    Number,
    Date,
    Choice,
    Nik,
    File,
}

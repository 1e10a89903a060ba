using System.Text.Json.Serialization;

namespace Pamong.PublicServices.Catalogue;

/// <summary>
/// Who offers a service, and at which level a workflow step is handled. Desa and Kecamatan services are
/// offered by every desa/kecamatan (the handling unit follows the applicant's village); an Opd service
/// belongs to one agency.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<ServiceLevel>))]
public enum ServiceLevel
{
    Desa,
    Kecamatan,
    Opd,
}

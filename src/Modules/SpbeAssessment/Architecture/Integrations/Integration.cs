using System.Text.Json.Serialization;
using Pamong.Platform.Tenancy;
using Pamong.SpbeAssessment.Architecture.Applications;

namespace Pamong.SpbeAssessment.Architecture.Integrations;

/// <summary>
/// Data flowing from one application to another. Each end is either a stored <see cref="Application"/>
/// or one of Pamong's own entries ("pamong", "pamong.spbe"), see <see cref="ApplicationKey"/>.
/// </summary>
public sealed class Integration : ITenantOwned
{
    public int Id { get; set; }
    public string TenantId { get; set; } = "";
    public int? FromApplicationId { get; set; }
    public string? FromPamong { get; set; }
    public int? ToApplicationId { get; set; }
    public string? ToPamong { get; set; }

    /// <summary>What is exchanged, e.g. "Data pegawai (NIP, jabatan)".</summary>
    public string DataExchanged { get; set; } = "";

    public IntegrationMethod Method { get; set; }
    public IntegrationStatus Status { get; set; }

    public ApplicationKey From
    {
        get => new(FromApplicationId, FromPamong);
        set => (FromApplicationId, FromPamong) = (value.Id, value.Pamong);
    }

    public ApplicationKey To
    {
        get => new(ToApplicationId, ToPamong);
        set => (ToApplicationId, ToPamong) = (value.Id, value.Pamong);
    }
}

/// <summary>An API, the national service bus (SPLP), file exchange, or by hand.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<IntegrationMethod>))]
public enum IntegrationMethod
{
    Api,
    Splp,
    File,
    Manual,
}

[JsonConverter(typeof(JsonStringEnumConverter<IntegrationStatus>))]
public enum IntegrationStatus
{
    Planned,
    Active,
    Stopped,
}

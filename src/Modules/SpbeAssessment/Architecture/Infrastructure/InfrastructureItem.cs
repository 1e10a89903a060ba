using System.Text.Json.Serialization;
using Pamong.Platform.Tenancy;

namespace Pamong.SpbeAssessment.Architecture.Infrastructure;

/// <summary>A piece of SPBE infrastructure: a data centre, the intra-government network, a cloud, a disaster recovery centre.</summary>
public sealed class InfrastructureItem : ITenantOwned
{
    public int Id { get; set; }
    public string TenantId { get; set; } = "";
    public InfrastructureKind Kind { get; set; }
    public string Name { get; set; } = "";
    public string? Location { get; set; }

    /// <summary>Capacity and other notes (racks, bandwidth, tier, contract).</summary>
    public string? Notes { get; set; }

    /// <summary>The OPD that runs it, when one does (usually Diskominfo).</summary>
    public int? OwnerUnitId { get; set; }
}

[JsonConverter(typeof(JsonStringEnumConverter<InfrastructureKind>))]
public enum InfrastructureKind
{
    DataCentre,
    IntraNetwork,
    Cloud,
    DisasterRecoveryCentre,
}

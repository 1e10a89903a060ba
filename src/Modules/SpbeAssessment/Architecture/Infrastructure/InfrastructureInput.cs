namespace Pamong.SpbeAssessment.Architecture.Infrastructure;

/// <summary>What an officer enters for a piece of infrastructure.</summary>
public sealed class InfrastructureInput
{
    /// <summary>DataCentre, IntraNetwork, Cloud or DisasterRecoveryCentre.</summary>
    public string? Kind { get; set; }

    public string? Name { get; set; }
    public string? Location { get; set; }
    public string? Notes { get; set; }

    /// <summary>Optional: the OPD that runs it.</summary>
    public int? OwnerUnitId { get; set; }

    public static InfrastructureInput From(InfrastructureItem i) => new()
    {
        Kind = i.Kind.ToString(),
        Name = i.Name,
        Location = i.Location,
        Notes = i.Notes,
        OwnerUnitId = i.OwnerUnitId,
    };
}

using Pamong.Platform.Tenancy;

namespace Pamong.SpbeAssessment.Architecture.BusinessProcesses;

/// <summary>A business process (proses bisnis) of an OPD and the services it delivers.</summary>
public sealed class BusinessProcess : ITenantOwned
{
    public int Id { get; set; }
    public string TenantId { get; set; } = "";
    public string Name { get; set; } = "";
    public int OwnerUnitId { get; set; }
    public string? Description { get; set; }

    /// <summary>The services the process delivers, as the OPD names them (e.g. "Akta kelahiran, KIA").</summary>
    public string? RelatedServices { get; set; }
}

namespace Pamong.SpbeAssessment.Architecture.BusinessProcesses;

/// <summary>What an officer enters for a business process.</summary>
public sealed class BusinessProcessInput
{
    public string? Name { get; set; }
    public int? OwnerUnitId { get; set; }
    public string? Description { get; set; }
    public string? RelatedServices { get; set; }

    public static BusinessProcessInput From(BusinessProcess p) => new()
    {
        Name = p.Name,
        OwnerUnitId = p.OwnerUnitId,
        Description = p.Description,
        RelatedServices = p.RelatedServices,
    };
}

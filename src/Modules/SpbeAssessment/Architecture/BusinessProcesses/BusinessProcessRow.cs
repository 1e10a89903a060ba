namespace Pamong.SpbeAssessment.Architecture.BusinessProcesses;

public sealed record BusinessProcessRow(int Id, string Name, int OwnerUnitId, string? OwnerName, string? Description, string? RelatedServices)
{
    public static BusinessProcessRow From(BusinessProcess p, string? ownerName) =>
        new(p.Id, p.Name, p.OwnerUnitId, ownerName, p.Description, p.RelatedServices);
}

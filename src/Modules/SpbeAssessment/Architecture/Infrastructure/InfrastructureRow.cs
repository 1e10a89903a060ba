namespace Pamong.SpbeAssessment.Architecture.Infrastructure;

public sealed record InfrastructureRow(int Id, InfrastructureKind Kind, string Name, string? Location, string? Notes, int? OwnerUnitId, string? OwnerName)
{
    public static InfrastructureRow From(InfrastructureItem i, string? ownerName) =>
        new(i.Id, i.Kind, i.Name, i.Location, i.Notes, i.OwnerUnitId, ownerName);
}

namespace Pamong.Platform.Organisations.Positions;

/// <summary>A position as lists and the API show it.</summary>
public sealed record PositionRow(int Id, int UnitId, string Name, string? Grade, bool Active)
{
    public static PositionRow From(Position p) => new(p.Id, p.UnitId, p.Name, p.Grade, p.Active);
}

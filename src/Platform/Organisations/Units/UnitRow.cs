namespace Pamong.Platform.Organisations.Units;

/// <summary>An organisation unit as lists and the API show it.</summary>
public sealed record UnitRow(int Id, string Kind, string Code, string Name, string RegionCode, int? ParentId, bool Active)
{
    public static UnitRow From(OrganisationUnit u) => new(u.Id, u.Kind.ToString(), u.Code, u.Name, u.RegionCode, u.ParentId, u.Active);
}

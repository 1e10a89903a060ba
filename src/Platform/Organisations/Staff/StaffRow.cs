namespace Pamong.Platform.Organisations.Staff;

/// <summary>A member of staff as lists and the API show them. <see cref="Nip"/> is null for readers who may not see it.</summary>
public sealed record StaffRow(
    int Id,
    string FullName,
    string Status,
    string? Nip,
    int UnitId,
    string UnitName,
    int? PositionId,
    string? PositionName,
    string? UserId,
    bool Active)
{
    public StaffRow WithoutIdentifiers() => this with { Nip = null, UserId = null };
}

namespace Pamong.SpbeAssessment.Architecture.Applications;

/// <summary>An application as lists, pages and the API show it, stored or listed automatically (Pamong's own).</summary>
public sealed record ApplicationRow(
    string Key,
    int? Id,
    bool Automatic,
    string Name,
    int? OwnerUnitId,
    string? OwnerName,
    string? Purpose,
    ApplicationUsers Users,
    Hosting Hosting,
    string? Url,
    ApplicationStatus Status,
    SecurityCategory Security,
    ApplicationBuilder BuiltBy,
    IReadOnlyList<int> DataSetIds)
{
    public static ApplicationRow From(Application a, string? ownerName) => new(
        ApplicationKey.Stored(a.Id).ToString(), a.Id, false, a.Name, a.OwnerUnitId, ownerName, a.Purpose, a.Users, a.Hosting, a.Url,
        a.Status, a.Security, a.BuiltBy, a.DataSets.Select(d => d.DataSetId).Order().ToList());
}

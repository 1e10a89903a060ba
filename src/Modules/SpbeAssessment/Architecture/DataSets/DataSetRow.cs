namespace Pamong.SpbeAssessment.Architecture.DataSets;

public sealed record DataSetRow(int Id, string Name, int OwnerUnitId, string? OwnerName, DataClassification Classification, bool PersonalData,
    string? Format, UpdateFrequency UpdateFrequency, string? Description)
{
    public static DataSetRow From(DataSet d, string? ownerName) =>
        new(d.Id, d.Name, d.OwnerUnitId, ownerName, d.Classification, d.PersonalData, d.Format, d.UpdateFrequency, d.Description);
}

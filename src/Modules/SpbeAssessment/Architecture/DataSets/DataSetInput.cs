namespace Pamong.SpbeAssessment.Architecture.DataSets;

/// <summary>What an officer enters for a data set.</summary>
public sealed class DataSetInput
{
    public string? Name { get; set; }
    public int? OwnerUnitId { get; set; }

    /// <summary>Open, Restricted or Secret.</summary>
    public string? Classification { get; set; }

    public bool PersonalData { get; set; }
    public string? Format { get; set; }

    /// <summary>RealTime, Daily, Weekly, Monthly, Quarterly, Yearly or Irregular.</summary>
    public string? UpdateFrequency { get; set; }

    public string? Description { get; set; }

    public static DataSetInput From(DataSet d) => new()
    {
        Name = d.Name,
        OwnerUnitId = d.OwnerUnitId,
        Classification = d.Classification.ToString(),
        PersonalData = d.PersonalData,
        Format = d.Format,
        UpdateFrequency = d.UpdateFrequency.ToString(),
        Description = d.Description,
    };
}

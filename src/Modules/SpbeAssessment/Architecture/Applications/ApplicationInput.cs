namespace Pamong.SpbeAssessment.Architecture.Applications;

/// <summary>What an officer enters for an application. Choices are given by name, e.g. Hosting "PemdaDataCentre".</summary>
public sealed class ApplicationInput
{
    public string? Name { get; set; }
    public int? OwnerUnitId { get; set; }
    public string? Purpose { get; set; }

    /// <summary>Internal, Public or Both.</summary>
    public string? Users { get; set; }

    /// <summary>PemdaDataCentre, NationalDataCentre, Cloud or OpdServer.</summary>
    public string? Hosting { get; set; }

    /// <summary>http(s) address, optional.</summary>
    public string? Url { get; set; }

    /// <summary>Planned, InDevelopment, Operational or Retired.</summary>
    public string? Status { get; set; }

    /// <summary>Low, High or Strategic.</summary>
    public string? Security { get; set; }

    /// <summary>Pamong, Vendor, InHouse or CentralGovernment.</summary>
    public string? BuiltBy { get; set; }

    public List<int> DataSetIds { get; set; } = [];

    public static ApplicationInput From(Application a) => new()
    {
        Name = a.Name,
        OwnerUnitId = a.OwnerUnitId,
        Purpose = a.Purpose,
        Users = a.Users.ToString(),
        Hosting = a.Hosting.ToString(),
        Url = a.Url,
        Status = a.Status.ToString(),
        Security = a.Security.ToString(),
        BuiltBy = a.BuiltBy.ToString(),
        DataSetIds = a.DataSets.Select(d => d.DataSetId).ToList(),
    };
}

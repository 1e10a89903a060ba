using Pamong.Platform.Tenancy;

namespace Pamong.SpbeAssessment.Architecture.Applications;

/// <summary>A data set an application uses.</summary>
public sealed class ApplicationDataSet : ITenantOwned
{
    public int ApplicationId { get; set; }
    public int DataSetId { get; set; }
    public string TenantId { get; set; } = "";
}

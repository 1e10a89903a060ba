using System.Text.Json.Serialization;
using Pamong.Platform.Tenancy;

namespace Pamong.SpbeAssessment.Architecture.DataSets;

/// <summary>A data set (data SPBE) an OPD keeps: how open it is, whether it holds personal data (UU PDP), its format and how often it changes.</summary>
public sealed class DataSet : ITenantOwned
{
    public int Id { get; set; }
    public string TenantId { get; set; } = "";
    public string Name { get; set; } = "";
    public int OwnerUnitId { get; set; }
    public DataClassification Classification { get; set; }
    public bool PersonalData { get; set; }

    /// <summary>e.g. "Basis data PostgreSQL", "CSV", "PDF".</summary>
    public string? Format { get; set; }

    public UpdateFrequency UpdateFrequency { get; set; }
    public string? Description { get; set; }
}

/// <summary>Terbuka (open data), terbatas (restricted to government use) or rahasia (secret).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DataClassification>))]
public enum DataClassification
{
    Open,
    Restricted,
    Secret,
}

[JsonConverter(typeof(JsonStringEnumConverter<UpdateFrequency>))]
public enum UpdateFrequency
{
    RealTime,
    Daily,
    Weekly,
    Monthly,
    Quarterly,
    Yearly,
    Irregular,
}

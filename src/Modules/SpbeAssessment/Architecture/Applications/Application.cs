using System.Text.Json.Serialization;
using Pamong.Platform.Tenancy;

namespace Pamong.SpbeAssessment.Architecture.Applications;

/// <summary>
/// An application the Pemda runs or uses (aplikasi SPBE): who owns it, what it is for, where it runs and
/// how far it is. Pamong's own modules are not stored here; <see cref="PamongApplications"/> lists them.
/// </summary>
public sealed class Application : ITenantOwned
{
    public int Id { get; set; }
    public string TenantId { get; set; } = "";
    public string Name { get; set; } = "";

    /// <summary>The owning OPD (a platform organisation unit).</summary>
    public int OwnerUnitId { get; set; }

    public string? Purpose { get; set; }
    public ApplicationUsers Users { get; set; }
    public Hosting Hosting { get; set; }
    public string? Url { get; set; }
    public ApplicationStatus Status { get; set; }
    public SecurityCategory Security { get; set; }
    public ApplicationBuilder BuiltBy { get; set; }
    public List<ApplicationDataSet> DataSets { get; set; } = [];
}

/// <summary>Who uses the application: officers (internal), the public, or both.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ApplicationUsers>))]
public enum ApplicationUsers
{
    Internal,
    Public,
    Both,
}

/// <summary>Where it runs: the Pemda's data centre, the national data centre (PDN), a cloud, or a server at the OPD.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Hosting>))]
public enum Hosting
{
    PemdaDataCentre,
    NationalDataCentre,
    Cloud,
    OpdServer,
}

[JsonConverter(typeof(JsonStringEnumConverter<ApplicationStatus>))]
public enum ApplicationStatus
{
    Planned,
    InDevelopment,
    Operational,
    Retired,
}

/// <summary>The electronic system's category (BSSN): low, high or strategic.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SecurityCategory>))]
public enum SecurityCategory
{
    Low,
    High,
    Strategic,
}

/// <summary>Who built it: Pamong, a vendor, the Pemda itself, or the central government (SRIKANDI, SIPD, …).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ApplicationBuilder>))]
public enum ApplicationBuilder
{
    Pamong,
    Vendor,
    InHouse,
    CentralGovernment,
}

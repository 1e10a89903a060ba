using System.Text.Json.Serialization;
using Pamong.Platform.Tenancy;

namespace Pamong.SpbeAssessment.Evidence;

/// <summary>
/// Supporting evidence (bukti dukung) of an indicator in a period: an uploaded file (kept under the data
/// folder by its SHA-256) or a link.
/// </summary>
public sealed class EvidenceItem : ITenantOwned
{
    public int Id { get; set; }
    public string TenantId { get; set; } = "";
    public int PeriodId { get; set; }
    public string IndicatorCode { get; set; } = "";
    public EvidenceKind Kind { get; set; }
    public string Title { get; set; } = "";
    public string? Url { get; set; }
    public string? FileName { get; set; }
    public string? ContentType { get; set; }
    public long? Size { get; set; }

    /// <summary>Lower-case hex SHA-256 of the file's content; also its name in the evidence folder.</summary>
    public string? Sha256 { get; set; }

    public string AddedBy { get; set; } = "";
    public DateTime AddedAt { get; set; }
}

[JsonConverter(typeof(JsonStringEnumConverter<EvidenceKind>))]
public enum EvidenceKind
{
    File,
    Link,
}

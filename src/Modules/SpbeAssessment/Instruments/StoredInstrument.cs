using Pamong.Platform.Tenancy;

namespace Pamong.SpbeAssessment.Instruments;

/// <summary>
/// An instrument a Pemda's administrator added (uploaded or copied and edited): the whole definition as JSON,
/// with its id, name, regulation and first year copied out for lists. Per Pemda, like every SPBE record.
/// </summary>
public sealed class StoredInstrument : ITenantOwned
{
    public int Id { get; set; }
    public string TenantId { get; set; } = "";

    /// <summary>The instrument's id, e.g. "permenpanrb-2025"; unique in the Pemda and never one of the shipped ids.</summary>
    public string InstrumentId { get; set; } = "";

    public string Name { get; set; } = "";
    public string? Regulation { get; set; }

    /// <summary>1 when uploaded, one more at every change.</summary>
    public int Version { get; set; } = 1;

    public int? ValidFrom { get; set; }

    /// <summary>The definition in the shape of the shipped JSON files (see docs/modules/spbe.md).</summary>
    public string Definition { get; set; } = "";

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
}

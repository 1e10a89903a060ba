namespace Pamong.Complaints.Filing;

/// <summary>What a complainant fills in (the filing form and the body of POST /api/v1/complaints).</summary>
public sealed class ComplaintInput
{
    public string? Title { get; set; }
    public string? Description { get; set; }
    public string? Category { get; set; }

    /// <summary>The organisation unit's code (an OPD code such as "DINSOS", or a kecamatan or village code).</summary>
    public string? UnitCode { get; set; }

    /// <summary>The service, as a catalogue code or a name; optional.</summary>
    public string? Service { get; set; }

    /// <summary>The village where it happened; optional.</summary>
    public string? VillageCode { get; set; }

    public bool Anonymous { get; set; }
    public bool Confidential { get; set; }
    public string? Name { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
}

using Pamong.Platform.Tenancy;

namespace Pamong.Complaints;

/// <summary>
/// A complaint (pengaduan) about a service or an organisation unit, handled along the SP4N-LAPOR flow
/// (PermenPANRB 62/2018): filed, verified and routed by the liaison, answered by the unit, responded to by the
/// complainant, escalated to the unit's superior when late. The unit is copied from the platform's organisation
/// (code, name, kind, region) so that the queue filters need no join across databases.
/// </summary>
public sealed class Complaint : ITenantOwned
{
    public int Id { get; set; }
    public string TenantId { get; set; } = "";

    /// <summary>The random code the complainant tracks the complaint with, e.g. "ADU-7K3M-Q9XP".</summary>
    public string TrackingCode { get; set; } = "";

    public string Title { get; set; } = "";
    public string Description { get; set; } = "";
    public string Category { get; set; } = "";

    /// <summary>The unit handling the complaint (the one named by the complainant until the liaison routes it).</summary>
    public int UnitId { get; set; }
    public string UnitCode { get; set; } = "";
    public string UnitName { get; set; } = "";
    public string UnitKind { get; set; } = "";
    public string UnitRegionCode { get; set; } = "";

    /// <summary>The service complained about, as given (a catalogue code or a name); not looked up.</summary>
    public string? Service { get; set; }

    /// <summary>Where it happened: a village code, optional.</summary>
    public string? VillageCode { get; set; }

    public bool Anonymous { get; set; }

    /// <summary>The identity is hidden from the unit (only the liaison sees it).</summary>
    public bool Confidential { get; set; }

    public string? ComplainantName { get; set; }
    public string? ComplainantEmail { get; set; }
    public string? ComplainantPhone { get; set; }
    public string? ComplainantUserId { get; set; }

    public ComplaintStatus Status { get; set; }

    /// <summary>A simple case gets the shorter answer deadline.</summary>
    public bool Simple { get; set; }

    public DateTime FiledAt { get; set; }
    public DateOnly VerifyDueOn { get; set; }
    public DateTime? RoutedAt { get; set; }
    public DateOnly? AnswerDueOn { get; set; }
    public DateTime? AnsweredAt { get; set; }
    public DateOnly? RespondDueOn { get; set; }
    public DateTime? ClosedAt { get; set; }

    /// <summary>0 at the unit; 1 at its superior (the kecamatan of a desa, or the Pemda); 2 at the Pemda.</summary>
    public int EscalationLevel { get; set; }

    /// <summary>The superior unit the complaint was escalated to; its officers may act on it too.</summary>
    public int? EscalatedUnitId { get; set; }
    public string? EscalatedUnitName { get; set; }

    public List<ComplaintEvent> Events { get; set; } = [];
    public List<ComplaintFile> Files { get; set; } = [];

    public bool IsOpen => Status is ComplaintStatus.Submitted or ComplaintStatus.InProgress or ComplaintStatus.Answered;
}

public enum ComplaintStatus
{
    /// <summary>Waiting for the liaison to verify and route it.</summary>
    Submitted,

    /// <summary>Routed to the unit, waiting for its answer.</summary>
    InProgress,

    /// <summary>Answered; the complainant may respond.</summary>
    Answered,

    Closed,

    /// <summary>Not a complaint (with the liaison's reason).</summary>
    Rejected,
}

using Pamong.Platform.Tenancy;

namespace Pamong.Complaints;

/// <summary>
/// One entry of a complaint's timeline. Public entries (status changes and answers) are shown to the
/// complainant on the tracking page, with the unit's name and never an officer's.
/// </summary>
public sealed class ComplaintEvent : ITenantOwned
{
    public int Id { get; set; }
    public string TenantId { get; set; } = "";
    public int ComplaintId { get; set; }
    public DateTime At { get; set; }
    public ComplaintAction Action { get; set; }

    /// <summary>The officer (or "Pelapor", "Sistem") who acted; shown to officers only.</summary>
    public string ActorName { get; set; } = "";

    /// <summary>The unit the entry is about (the new unit of a routing, the answering unit).</summary>
    public string? UnitName { get; set; }

    /// <summary>An answer, a reason, or the complainant's comment.</summary>
    public string? Text { get; set; }

    public bool IsPublic { get; set; } = true;
}

public enum ComplaintAction
{
    Filed,
    Routed,
    Rerouted,
    Rejected,
    Answered,
    Satisfied,
    NotSatisfied,
    Escalated,
    Closed,
    ClosedUnanswered,
}

using Pamong.Complaints.Handling;

namespace Pamong.Complaints.Tracking;

/// <summary>What anyone holding the tracking code sees: status, unit, deadlines and the public timeline; no personal data.</summary>
public sealed record TrackingJson(
    string TrackingCode, string Title, string Category, string Unit, string? EscalatedTo, string Status, DateTime FiledAt,
    DateOnly? DueOn, DateOnly? RespondDueOn, bool CanRespond, IReadOnlyList<TrackingEventJson> Timeline)
{
    public static TrackingJson From(Complaint c) => new(
        c.TrackingCode, c.Title, c.Category, c.UnitName, c.EscalatedUnitName, ComplaintJson.StatusName(c.Status), c.FiledAt,
        ComplaintQueue.DueOn(c), c.RespondDueOn, c.Status == ComplaintStatus.Answered,
        PublicEvents(c).Select(e => new TrackingEventJson(e.At, ComplaintJson.ActionName(e.Action), e.UnitName, PublicText(e))).ToList());

    /// <summary>A routing note is for the unit; answers, reasons and the complainant's own comments are public.</summary>
    public static string? PublicText(ComplaintEvent e) => e.Action is ComplaintAction.Routed or ComplaintAction.Rerouted ? null : e.Text;

    /// <summary>The public entries in order (no officer names).</summary>
    public static IEnumerable<ComplaintEvent> PublicEvents(Complaint c) => c.Events.Where(e => e.IsPublic).OrderBy(e => e.At).ThenBy(e => e.Id);
}

public sealed record TrackingEventJson(DateTime At, string Action, string? Unit, string? Text);

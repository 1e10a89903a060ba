namespace Pamong.Complaints.Handling;

/// <summary>The queue's filters (query string of the page and of GET /api/v1/complaints).</summary>
public sealed class QueueFilter
{
    /// <summary>submitted, inprogress, answered, closed, rejected, or "open" (the first three); empty: all.</summary>
    public string? Status { get; set; }

    /// <summary>A unit code: the complaints it handles or was escalated.</summary>
    public string? Unit { get; set; }

    public bool Overdue { get; set; }

    /// <summary>Words in the title, or a tracking code.</summary>
    public string? Q { get; set; }

    /// <summary>"due" (soonest deadline first, the default), "filed" (oldest first) or "-filed" (newest first).</summary>
    public string? Sort { get; set; }

    public int? Page { get; set; }
    public int? PageSize { get; set; }
}

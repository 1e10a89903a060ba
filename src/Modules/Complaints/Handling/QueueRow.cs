namespace Pamong.Complaints.Handling;

/// <summary>A complaint in the queue: what it is about, where it is, and its current deadline.</summary>
public sealed record QueueRow(
    int Id, string TrackingCode, string Title, string Category, string UnitCode, string UnitName, string? EscalatedUnitName,
    ComplaintStatus Status, DateTime FiledAt, DateOnly? DueOn, bool Overdue);

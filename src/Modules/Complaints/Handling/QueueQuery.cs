namespace Pamong.Complaints.Handling;

/// <summary>The queue's query string in the API.</summary>
public sealed record QueueQuery(string? Status, string? Unit, bool? Overdue, string? Q, string? Sort, int? Page, int? PageSize)
{
    public QueueFilter ToFilter() => new() { Status = Status, Unit = Unit, Overdue = Overdue ?? false, Q = Q, Sort = Sort, Page = Page, PageSize = PageSize };
}

namespace Pamong.PublicServices.Applications;

/// <summary>The stable keys of timeline events (<see cref="ApplicationEvent.Action"/>); texts are "Event_{key}".</summary>
public static class ApplicationActions
{
    public const string Submitted = "submitted";
    public const string Approved = "approved";
    public const string Returned = "returned";
    public const string Resubmitted = "resubmitted";
    public const string Rejected = "rejected";
    public const string Completed = "completed";
    public const string DocumentIssued = "document-issued";
    public const string DocumentFailed = "document-failed";
}

namespace Pamong.PublicServices.Applications.Queue;

/// <summary>One application in a queue (also the API's list item).</summary>
public sealed record QueueRow(
    string Number, string ServiceCode, string ServiceName, string ApplicantName, string VillageCode, ApplicationChannel Channel,
    ApplicationStatus Status, int CurrentStep, string? StepName, bool AllowBulkApprove, DateTime SubmittedAt, DateOnly? StepDueOn,
    int? WorkingDaysLeft, bool Overdue, bool CanAct);

namespace Pamong.PublicServices.Applications.Tracking;

/// <summary>What public tracking tells: the service, the status, the current step and the dates; no personal data.</summary>
public sealed record TrackResult(
    string Number, string ServiceName, ApplicationStatus Status, int CurrentStep, string? StepName, int StepCount,
    DateTime SubmittedAt, DateOnly? StepDueOn, DateTime? CompletedAt);

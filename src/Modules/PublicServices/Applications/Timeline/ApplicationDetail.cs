using Pamong.PublicServices.Catalogue;

namespace Pamong.PublicServices.Applications.Timeline;

public sealed record StepView(int Order, string Name, ServiceLevel Level, string Role, string? UnitCode, int SlaWorkingDays, bool AllowReturn, bool AllowReject, bool AllowBulkApprove);

public sealed record EventView(DateTime At, string Action, int? StepOrder, string? StepName, string ActorName, string? Reason);

public sealed record FileView(Guid Id, string FieldKey, string FieldLabel, string FileName, string ContentType, long Length, string Sha256);

public sealed record AnswerView(string Key, string Label, string Type, string? Value);

/// <summary>An application as its applicant and its officers see it (also the API's answer): answers, files, steps and the full timeline.</summary>
public sealed record ApplicationDetail(
    string Number, string ServiceCode, string ServiceName, ApplicationStatus Status, ApplicationChannel Channel, string? PartnerName,
    string ApplicantNik, string ApplicantName, string VillageCode, DateTime SubmittedAt, DateTime? CompletedAt,
    int CurrentStep, DateOnly? StepDueOn, int? WorkingDaysLeft, bool Overdue, Guid? DocumentId,
    IReadOnlyList<StepView> Steps, IReadOnlyList<AnswerView> Answers, IReadOnlyList<FileView> Files, IReadOnlyList<EventView> Timeline,
    IReadOnlyList<string> AllowedActions)
{
    public StepView? Current => Steps.FirstOrDefault(s => s.Order == CurrentStep);
}

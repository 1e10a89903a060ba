using Pamong.Complaints.Tracking;

namespace Pamong.Complaints.Handling;

/// <summary>A complaint as an officer sees it in the API; the complainant only for those who may see them.</summary>
public sealed record ComplaintJson(
    int Id, string TrackingCode, string Title, string Description, string Category, string? Service, string? VillageCode,
    UnitJson Unit, UnitJson? EscalatedTo, int EscalationLevel, string Status, bool Simple, bool Anonymous, bool Confidential,
    ComplainantJson? Complainant, DateTime FiledAt, DateOnly VerifyDueOn, DateOnly? AnswerDueOn, DateOnly? RespondDueOn,
    DateTime? AnsweredAt, DateTime? ClosedAt, bool Overdue, bool CanAct, IReadOnlyList<EventJson> Timeline, IReadOnlyList<FileJson> Attachments)
{
    public static ComplaintJson From(Complaint c, ComplaintOfficer officer, DateOnly today) => new(
        c.Id, c.TrackingCode, c.Title, c.Description, c.Category, c.Service, c.VillageCode,
        new UnitJson(c.UnitCode, c.UnitName), c.EscalatedUnitName is { } up ? new UnitJson(null, up) : null, c.EscalationLevel,
        StatusName(c.Status), c.Simple, c.Anonymous, c.Confidential,
        officer.SeesIdentity(c) ? new ComplainantJson(c.ComplainantName, c.ComplainantEmail, c.ComplainantPhone) : null,
        c.FiledAt, c.VerifyDueOn, c.AnswerDueOn, c.RespondDueOn, c.AnsweredAt, c.ClosedAt, ComplaintQueue.IsOverdue(c, today), officer.CanAct(c),
        c.Events.OrderBy(e => e.At).ThenBy(e => e.Id).Select(e => new EventJson(e.At, ActionName(e.Action), e.UnitName, e.Text, e.ActorName)).ToList(),
        c.Files.OrderBy(f => f.Id).Select(f => new FileJson(f.Id, f.FileName, f.ContentType, f.Length, f.Sha256, $"/api/v1/complaints/{c.Id}/attachments/{f.Id}")).ToList());

    public static string StatusName(ComplaintStatus status) => status.ToString().ToLowerInvariant();

    public static string ActionName(ComplaintAction action) => JsonNames.Snake(action.ToString());
}

public sealed record UnitJson(string? Code, string Name);

public sealed record ComplainantJson(string? Name, string? Email, string? Phone);

public sealed record EventJson(DateTime At, string Action, string? Unit, string? Text, string? Actor);

public sealed record FileJson(int Id, string FileName, string ContentType, long Length, string Sha256, string Download);

public sealed record QueueRowJson(int Id, string TrackingCode, string Title, string Category, string UnitCode, string UnitName, string? EscalatedTo, string Status, DateTime FiledAt, DateOnly? DueOn, bool Overdue)
{
    public static QueueRowJson From(QueueRow r) =>
        new(r.Id, r.TrackingCode, r.Title, r.Category, r.UnitCode, r.UnitName, r.EscalatedUnitName, ComplaintJson.StatusName(r.Status), r.FiledAt, r.DueOn, r.Overdue);
}

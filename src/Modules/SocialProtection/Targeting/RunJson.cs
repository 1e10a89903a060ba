namespace Pamong.SocialProtection.Targeting;

/// <summary>A run as the API shows it.</summary>
public sealed record RunJson(int Id, string Program, string Period, int Version, string Status, int Total, int Processed, int Selected, int Eligible,
    string Digest, string StartedBy, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, string? ApprovedBy, DateTimeOffset? AnnouncedAt, DateTimeOffset? AppealUntil, string? Error)
{
    public static RunJson From(TargetingRun r, string programCode) => new(r.Id, programCode, r.Period, r.Version, r.Status.ToString(), r.Total, r.Processed,
        r.SelectedCount, r.EligibleCount, r.Digest, r.StartedBy, r.StartedAt, r.FinishedAt, r.ApprovedBy, r.AnnouncedAt, r.AppealUntil, r.Error);
}

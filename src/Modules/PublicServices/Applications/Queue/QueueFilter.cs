namespace Pamong.PublicServices.Applications.Queue;

/// <summary>
/// What the queue shows: a service (code), a status ("aktif" = waiting for an officer, the default; or a status
/// name; "semua" = all), a village, only overdue ones; sorted by due date ("tenggat", default) or submission
/// ("masuk" oldest first, "terbaru" newest first).
/// </summary>
public sealed record QueueFilter(string? Service = null, string? Status = null, string? Village = null, bool Overdue = false, string? Sort = null, int? Page = null, int? PageSize = null)
{
    public const string Active = "aktif";
    public const string All = "semua";
}

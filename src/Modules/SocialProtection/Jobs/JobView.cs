using System.Text.Json;

namespace Pamong.SocialProtection.Jobs;

/// <summary>A job as the API shows it (the report is downloaded separately).</summary>
public sealed record JobView(
    int Id, string Kind, string Status, string? Mode, string? FileName, int Total, int Processed, int Percent, int Good, int Bad, int Warned,
    int Created, int Updated, string? Message, IReadOnlyList<string[]> Preview, string StartedBy, DateTimeOffset CreatedAt, DateTimeOffset? FinishedAt)
{
    public static JobView Of(PerlinsosJob j) => new(
        j.Id, j.Kind.ToString(), j.Status.ToString(), j.Mode?.ToString(), j.FileName, j.Total, j.Processed, j.Percent, j.Good, j.Bad, j.Warned,
        j.Created, j.Updated, j.Message, j.Preview is null ? [] : JsonSerializer.Deserialize<string[][]>(j.Preview) ?? [], j.StartedBy, j.CreatedAt, j.FinishedAt);
}

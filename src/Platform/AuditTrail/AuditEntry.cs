using System.Text.Json;
using System.Text.Json.Nodes;

namespace Pamong.Platform.AuditTrail;

/// <summary>An audit record as the API returns it; before/after are JSON objects when they hold changed values.</summary>
public sealed record AuditEntry(
    long Id, long Sequence, DateTimeOffset OccurredAt, string? ActorId, string ActorName, string? IpAddress,
    string Action, string Subject, string? SubjectId, JsonNode? Before, JsonNode? After, string? Reason,
    string PreviousHash, string Hash)
{
    public static AuditEntry From(AuditRecord r) => new(
        r.Id, r.Sequence, new DateTimeOffset(DateTime.SpecifyKind(r.OccurredAt, DateTimeKind.Utc)), r.ActorId, r.ActorName, r.IpAddress,
        r.Action, r.Subject, r.SubjectId, Json(r.Before), Json(r.After), r.Reason, r.PreviousHash, r.Hash);

    private static JsonNode? Json(string? value)
    {
        if (value is null)
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(value);
        }
        catch (JsonException)
        {
            return JsonValue.Create(value);
        }
    }
}

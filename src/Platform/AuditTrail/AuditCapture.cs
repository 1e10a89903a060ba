using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Pamong.Platform.Tenancy;

namespace Pamong.Platform.AuditTrail;

/// <summary>
/// Turns the pending changes of a unit of work into audit records (before/after of every changed value).
/// Before-values are taken before the save; keys and after-values once the rows are written, so that a
/// created row's record names its real, database-generated id (and real ids of new rows it points to).
/// </summary>
internal static class AuditCapture
{
    /// <summary>Values that must never be copied into the log (secrets; and uploaded file contents, logged by their hash instead).</summary>
    private static readonly HashSet<string> Redacted =
    [
        "PasswordHash", "SecurityStamp", "ConcurrencyStamp", "TokenHash", "Secret", "CodeHash", "Content", "ProtectedKey",
    ];

    /// <summary>Enums as their names ("Opd", not 1), so that an inspector can read a record without the source code.</summary>
    internal static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    public static List<CapturedChange> FromChanges(ChangeTracker changes, string tenantId, AuditActor actor, TimeProvider clock)
    {
        var now = Truncate(clock.GetUtcNow().UtcDateTime);
        var captured = new List<CapturedChange>();
        foreach (var entry in changes.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted) || IsNotAudited(entry))
            {
                continue;
            }

            var before = new SortedDictionary<string, object?>(StringComparer.Ordinal);
            var after = new List<string>();
            foreach (var property in entry.Properties)
            {
                var name = property.Metadata.Name;
                switch (entry.State)
                {
                    case EntityState.Added:
                        after.Add(name);
                        break;
                    case EntityState.Deleted:
                        before[name] = Redact(name, property.OriginalValue);
                        break;
                    case EntityState.Modified when property.IsModified && !Equals(property.OriginalValue, property.CurrentValue):
                        before[name] = Redact(name, property.OriginalValue);
                        after.Add(name);
                        break;
                }
            }

            if (entry.State == EntityState.Modified && before.Count == 0)
            {
                continue;
            }

            var record = new AuditRecord
            {
                TenantId = (entry.Entity as ITenantOwned)?.TenantId is { Length: > 0 } owner ? owner : tenantId,
                OccurredAt = now,
                ActorId = actor.Id,
                ActorName = actor.Name,
                IpAddress = actor.IpAddress,
                Action = entry.State switch
                {
                    EntityState.Added => AuditActions.Created,
                    EntityState.Deleted => AuditActions.Deleted,
                    _ => AuditActions.Updated,
                },
                Subject = entry.Metadata.ClrType.Name,
                SubjectId = KeyOf(entry),
                Before = entry.State == EntityState.Added ? null : JsonSerializer.Serialize(before, Json),
                Reason = actor.Reason,
            };
            captured.Add(new CapturedChange(record, entry, entry.State == EntityState.Deleted ? null : after));
        }

        return captured;
    }

    public static DateTime Truncate(DateTime utc) => new(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);

    /// <summary>Secrets become "***"; file contents and other bytes are logged by length and SHA-256, not copied.</summary>
    internal static object? Redact(string property, object? value) => Redacted.Contains(property) ? "***" : value switch
    {
        byte[] bytes => $"{bytes.Length} byte, SHA-256 {Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes))}",
        _ => value,
    };

    internal static string? KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        return key is null ? null : string.Join("|", key.Properties.Select(p => entry.Property(p.Name).CurrentValue));
    }

    private static bool IsNotAudited(EntityEntry entry) =>
        entry.Entity is AuditRecord or IdentityUserToken<string> || entry.Metadata.ClrType.IsDefined(typeof(NotAuditedAttribute), false);
}

/// <summary>A change waiting for its row to be written; <see cref="Complete"/> then fills in keys and after-values.</summary>
internal sealed class CapturedChange(AuditRecord record, EntityEntry entry, List<string>? afterProperties)
{
    public AuditRecord Record => record;

    public AuditRecord Complete()
    {
        if (afterProperties is not null)
        {
            record.SubjectId = AuditCapture.KeyOf(entry);
            var after = new SortedDictionary<string, object?>(StringComparer.Ordinal);
            foreach (var name in afterProperties)
            {
                after[name] = AuditCapture.Redact(name, entry.Property(name).CurrentValue);
            }

            record.After = JsonSerializer.Serialize(after, AuditCapture.Json);
        }

        return record;
    }
}

/// <summary>Marks an entity whose changes are not copied into the audit trail (the outbox, caches).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class NotAuditedAttribute : Attribute;

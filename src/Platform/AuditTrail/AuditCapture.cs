using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Pamong.Platform.Tenancy;

namespace Pamong.Platform.AuditTrail;

/// <summary>Turns the pending changes of a unit of work into audit records (before/after of every changed value).</summary>
internal static class AuditCapture
{
    /// <summary>Values that must never be copied into the log.</summary>
    private static readonly HashSet<string> Redacted =
    [
        "PasswordHash", "SecurityStamp", "ConcurrencyStamp", "TokenHash", "Secret", "CodeHash",
    ];

    public static List<AuditRecord> FromChanges(ChangeTracker changes, string tenantId, AuditActor actor, TimeProvider clock)
    {
        var now = Truncate(clock.GetUtcNow().UtcDateTime);
        var records = new List<AuditRecord>();
        foreach (var entry in changes.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted) || IsNotAudited(entry))
            {
                continue;
            }

            var (before, after) = Values(entry);
            if (entry.State == EntityState.Modified && before.Count == 0)
            {
                continue;
            }

            records.Add(new AuditRecord
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
                Before = entry.State == EntityState.Added ? null : JsonSerializer.Serialize(before),
                After = entry.State == EntityState.Deleted ? null : JsonSerializer.Serialize(after),
                Reason = actor.Reason,
            });
        }

        return records;
    }

    public static DateTime Truncate(DateTime utc) => new(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);

    private static bool IsNotAudited(EntityEntry entry) =>
        entry.Entity is AuditRecord or IdentityUserToken<string> || entry.Metadata.ClrType.IsDefined(typeof(NotAuditedAttribute), false);

    private static (SortedDictionary<string, object?> Before, SortedDictionary<string, object?> After) Values(EntityEntry entry)
    {
        var before = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        var after = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            var redacted = Redacted.Contains(name);
            switch (entry.State)
            {
                case EntityState.Added:
                    after[name] = redacted ? "***" : property.CurrentValue;
                    break;
                case EntityState.Deleted:
                    before[name] = redacted ? "***" : property.OriginalValue;
                    break;
                case EntityState.Modified when property.IsModified && !Equals(property.OriginalValue, property.CurrentValue):
                    before[name] = redacted ? "***" : property.OriginalValue;
                    after[name] = redacted ? "***" : property.CurrentValue;
                    break;
            }
        }

        return (before, after);
    }

    private static string? KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        return key is null ? null : string.Join("|", key.Properties.Select(p => entry.Property(p.Name).CurrentValue));
    }
}

/// <summary>Marks an entity whose changes are not copied into the audit trail (the outbox, caches).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class NotAuditedAttribute : Attribute;

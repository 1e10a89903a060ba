using Pamong.Platform.Tenancy;

namespace Pamong.Platform.AuditTrail;

/// <summary>
/// One entry of the tamper-evident audit trail. Records are only ever appended; each one's
/// <see cref="Hash"/> covers the previous record's hash and the canonical form of this record,
/// per tenant, so that an edit or deletion made directly in the database breaks the chain.
/// </summary>
public sealed class AuditRecord : ITenantOwned
{
    public long Id { get; set; }
    public string TenantId { get; set; } = "";

    /// <summary>Position in the tenant's chain, from 1.</summary>
    public long Sequence { get; set; }

    /// <summary>UTC, truncated to milliseconds so that every database stores it exactly.</summary>
    public DateTime OccurredAt { get; set; }

    public string? ActorId { get; set; }
    public string ActorName { get; set; } = "sistem";
    public string? IpAddress { get; set; }

    /// <summary>What happened, e.g. "created", "updated", "deleted", "read-sensitive", "signed-in".</summary>
    public string Action { get; set; } = "";

    /// <summary>The kind of thing acted on, e.g. "Citizen", "OrganisationUnit".</summary>
    public string Subject { get; set; } = "";
    public string? SubjectId { get; set; }

    /// <summary>JSON of the changed values before and after (null where not applicable).</summary>
    public string? Before { get; set; }
    public string? After { get; set; }

    public string? Reason { get; set; }

    public string PreviousHash { get; set; } = "";
    public string Hash { get; set; } = "";
}

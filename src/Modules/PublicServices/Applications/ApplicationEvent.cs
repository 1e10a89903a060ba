using Pamong.Platform.Tenancy;

namespace Pamong.PublicServices.Applications;

/// <summary>One entry of an application's timeline: what happened at which step, who acted and why.</summary>
public sealed class ApplicationEvent : ITenantOwned
{
    public Guid Id { get; set; }
    public string TenantId { get; set; } = "";
    public Guid ApplicationId { get; set; }
    public DateTime At { get; set; }

    /// <summary>A stable key, e.g. "submitted", "approved", "returned", "resubmitted", "rejected", "completed".</summary>
    public string Action { get; set; } = "";

    /// <summary>The workflow step the action was taken at (null for events outside a step).</summary>
    public int? StepOrder { get; set; }
    public string? ActorUserId { get; set; }
    public string ActorName { get; set; } = "";
    public string? Reason { get; set; }
}

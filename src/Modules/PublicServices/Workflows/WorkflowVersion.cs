using Pamong.Platform.Tenancy;

namespace Pamong.PublicServices.Workflows;

/// <summary>
/// One version of a service's process and application form. Saving a change creates a new version;
/// an application keeps the version it started on. Exactly one version of a service is current.
/// </summary>
public sealed class WorkflowVersion : ITenantOwned
{
    public Guid Id { get; set; }
    public string TenantId { get; set; } = "";
    public Guid ServiceId { get; set; }

    /// <summary>1, 2, ... per service.</summary>
    public int Number { get; set; }
    public DateTime CreatedAt { get; set; }

    /// <summary>The name of the administrator who saved this version.</summary>
    public string CreatedBy { get; set; } = "";

    /// <summary>What changed, as the administrator wrote it.</summary>
    public string? Note { get; set; }
    public bool IsCurrent { get; set; }

    public List<WorkflowStep> Steps { get; set; } = [];
    public List<FormField> Fields { get; set; } = [];
}

using Pamong.Platform.Tenancy;
using Pamong.PublicServices.Catalogue;

namespace Pamong.PublicServices.Workflows;

/// <summary>
/// One step of a workflow version: who handles it (a platform role at a unit level; for Opd steps, a
/// named unit), its SLA in working days and the actions the officer may take besides approving.
/// </summary>
public sealed class WorkflowStep : ITenantOwned
{
    public Guid Id { get; set; }
    public string TenantId { get; set; } = "";
    public Guid WorkflowVersionId { get; set; }

    /// <summary>1, 2, ... in processing order.</summary>
    public int Order { get; set; }
    public string Name { get; set; } = "";
    public ServiceLevel Level { get; set; }

    /// <summary>A platform role name (see <see cref="Pamong.Platform.Accounts.Roles"/>), e.g. "DesaOperator".</summary>
    public string Role { get; set; } = "";

    /// <summary>The organisation unit that handles an Opd step; null for desa/kecamatan steps.</summary>
    public string? UnitCode { get; set; }
    public int SlaWorkingDays { get; set; }
    public bool AllowReturn { get; set; } = true;
    public bool AllowReject { get; set; } = true;
    public bool AllowBulkApprove { get; set; }
}

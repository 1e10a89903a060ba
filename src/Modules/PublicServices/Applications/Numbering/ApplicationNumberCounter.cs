using Pamong.Platform.AuditTrail;
using Pamong.Platform.Tenancy;

namespace Pamong.PublicServices.Applications.Numbering;

/// <summary>The last application number given out in a Pemda in a year (bookkeeping, not audited).</summary>
[NotAudited]
public sealed class ApplicationNumberCounter : ITenantOwned
{
    public string TenantId { get; set; } = "";
    public int Year { get; set; }
    public long Last { get; set; }
}

using Pamong.Platform.Organisations;
using Pamong.Platform.Tenancy;

namespace Pamong.Platform.Accounts;

/// <summary>A role held by an account for one organisation unit (e.g. DesaOperator for Desa Pakis).</summary>
public sealed class RoleGrant : ITenantOwned
{
    public int Id { get; set; }
    public string TenantId { get; set; } = "";
    public string UserId { get; set; } = "";
    public string Role { get; set; } = "";
    public int UnitId { get; set; }
    public OrganisationUnit? Unit { get; set; }
    public DateTimeOffset GrantedAt { get; set; }
    public string? GrantedBy { get; set; }
}

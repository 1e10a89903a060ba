namespace Pamong.Platform.Tenancy;

/// <summary>A row that belongs to one Pemda. The database context scopes every query to the current tenant.</summary>
public interface ITenantOwned
{
    string TenantId { get; set; }
}

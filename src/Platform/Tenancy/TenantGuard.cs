using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Pamong.Platform.Tenancy;

/// <summary>Gives new rows the current tenant and refuses to change or delete another tenant's rows.</summary>
internal static class TenantGuard
{
    public static void StampAndCheck(ChangeTracker changes, string tenantId)
    {
        foreach (var entry in changes.Entries<ITenantOwned>())
        {
            switch (entry.State)
            {
                case EntityState.Added when string.IsNullOrEmpty(entry.Entity.TenantId):
                    entry.Entity.TenantId = tenantId;
                    break;
                case EntityState.Added when entry.Entity.TenantId != tenantId:
                case EntityState.Modified or EntityState.Deleted when
                    (string?)entry.OriginalValues[nameof(ITenantOwned.TenantId)] != tenantId || entry.Entity.TenantId != tenantId:
                    throw new CrossTenantWriteException(entry.Metadata.ClrType.Name, tenantId);
            }
        }
    }
}

public sealed class CrossTenantWriteException(string entity, string tenantId)
    : InvalidOperationException($"A {entity} of another tenant cannot be written while working for tenant '{tenantId}'.");

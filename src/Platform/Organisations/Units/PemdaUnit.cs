using Microsoft.EntityFrameworkCore;
using Pamong.Platform.Data;
using Pamong.Platform.Tenancy;

namespace Pamong.Platform.Organisations.Units;

/// <summary>The unit standing for the Pemda itself, the root that OPD and kecamatan offices hang under.</summary>
public sealed class PemdaUnit(PamongDb db, CurrentTenant tenant, TenantDirectory tenants)
{
    /// <summary>The Pemda unit of the current tenant; created (and saved) from the tenant's name and region when it is missing.</summary>
    public async Task<OrganisationUnit> FindOrCreateAsync(CancellationToken ct)
    {
        var pemda = await db.OrganisationUnits.FirstOrDefaultAsync(u => u.Kind == UnitKind.Pemda, ct);
        if (pemda is not null)
        {
            return pemda;
        }

        var owner = tenants.Find(tenant.Id) ?? throw new InvalidOperationException($"Tenant '{tenant.Id}' is not known.");
        pemda = new OrganisationUnit { Kind = UnitKind.Pemda, Code = "PEMDA", Name = owner.Name, RegionCode = owner.RegionCode };
        db.OrganisationUnits.Add(pemda);
        await db.SaveChangesAsync(ct);
        return pemda;
    }
}

using Microsoft.EntityFrameworkCore;
using Pamong.Platform.Data;
using Pamong.Platform.Organisations;
using Pamong.Platform.Regions;
using Pamong.Platform.Tenancy;

namespace Pamong.Platform.Accounts.Registration;

public sealed record VillageChoice(string Code, string Name, string DistrictCode, string DistrictName);

/// <summary>The villages of the current Pemda a citizen can register in: under its region and with an office.</summary>
public sealed class VillageChoices(PamongDb db, CurrentTenant tenant, TenantDirectory tenants)
{
    public async Task<IReadOnlyList<VillageChoice>> AllAsync()
    {
        var prefix = Prefix();
        var districts = await db.Regions.AsNoTracking()
            .Where(r => r.Level == RegionLevel.District && r.Code.StartsWith(prefix))
            .ToDictionaryAsync(r => r.Code, r => r.Name);
        var served = (await db.OrganisationUnits.AsNoTracking()
            .Where(u => u.Active && (u.Kind == UnitKind.Desa || u.Kind == UnitKind.Kelurahan))
            .Select(u => u.RegionCode).ToListAsync()).ToHashSet();
        var villages = await db.Regions.AsNoTracking()
            .Where(r => r.Level == RegionLevel.Village && r.Code.StartsWith(prefix))
            .OrderBy(r => r.Code).Select(r => new { r.Code, r.Name, r.ParentCode }).ToListAsync();
        return villages.Where(v => served.Contains(v.Code))
            .Select(v => new VillageChoice(v.Code, v.Name, v.ParentCode ?? "", districts.GetValueOrDefault(v.ParentCode ?? "", "")))
            .ToList();
    }

    /// <summary>The village and its office, or null when the code is not a served village of this Pemda.</summary>
    public async Task<(Region Village, OrganisationUnit Office)?> FindAsync(string? code)
    {
        var trimmed = (code ?? "").Trim();
        if (!trimmed.StartsWith(Prefix(), StringComparison.Ordinal))
        {
            return null;
        }

        var village = await db.Regions.AsNoTracking().FirstOrDefaultAsync(r => r.Code == trimmed && r.Level == RegionLevel.Village);
        var office = village is null ? null : await db.OrganisationUnits.AsNoTracking()
            .FirstOrDefaultAsync(u => u.RegionCode == trimmed && u.Active && (u.Kind == UnitKind.Desa || u.Kind == UnitKind.Kelurahan));
        return village is null || office is null ? null : (village, office);
    }

    private string Prefix() => (tenants.Find(tenant.Id)?.RegionCode ?? "-") + ".";
}

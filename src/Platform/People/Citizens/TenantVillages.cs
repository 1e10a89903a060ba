using Microsoft.EntityFrameworkCore;
using Pamong.Platform.Accounts;
using Pamong.Platform.Data;
using Pamong.Platform.Regions;
using Pamong.Platform.Tenancy;

namespace Pamong.Platform.People.Citizens;

/// <summary>The villages (desa and kelurahan) of the current Pemda's region, from the region data.</summary>
public sealed class TenantVillages(PamongDb db, CurrentTenant tenant, TenantDirectory tenants)
{
    private string Prefix => (tenants.Find(tenant.Id)?.RegionCode ?? throw new InvalidOperationException($"Tenant '{tenant.Id}' is not known.")) + ".";

    /// <summary>The village with this code when it lies inside the Pemda's region; null otherwise.</summary>
    public async Task<VillageOption?> FindAsync(string code, CancellationToken ct)
    {
        var found = await Villages().Where(r => r.Code == code).ToListAsync(ct);
        var options = await WithKecamatanAsync(found, ct);
        return options.Count > 0 ? options[0] : null;
    }

    /// <summary>The villages inside an officer's area, ordered by code (so grouped by kecamatan).</summary>
    public async Task<IReadOnlyList<VillageOption>> InAreaAsync(OfficerArea area, CancellationToken ct)
    {
        var found = await Villages().Where(area.Filter<Region>(r => r.Code)).OrderBy(r => r.Code).ToListAsync(ct);
        return await WithKecamatanAsync(found, ct);
    }

    /// <summary>Names for village codes (codes the region data does not know are left out).</summary>
    public async Task<IReadOnlyDictionary<string, VillageOption>> NamesAsync(IEnumerable<string> codes, CancellationToken ct)
    {
        var wanted = codes.Distinct().ToList();
        var found = await db.Regions.AsNoTracking().Where(r => r.Level == RegionLevel.Village && wanted.Contains(r.Code)).ToListAsync(ct);
        return (await WithKecamatanAsync(found, ct)).ToDictionary(v => v.Code);
    }

    private IQueryable<Region> Villages()
    {
        var prefix = Prefix;
        return db.Regions.AsNoTracking().Where(r => r.Level == RegionLevel.Village && r.Code.StartsWith(prefix));
    }

    private async Task<IReadOnlyList<VillageOption>> WithKecamatanAsync(List<Region> villages, CancellationToken ct)
    {
        var parents = villages.Select(v => v.ParentCode ?? v.Code[..8]).Distinct().ToList();
        var kecamatan = await db.Regions.AsNoTracking().Where(r => parents.Contains(r.Code)).ToDictionaryAsync(r => r.Code, r => r.Name, ct);
        return villages.Select(v =>
        {
            var parent = v.ParentCode ?? v.Code[..8];
            return new VillageOption(v.Code, v.Name, v.IsKelurahan, parent, kecamatan.GetValueOrDefault(parent, parent));
        }).ToList();
    }
}

using Microsoft.EntityFrameworkCore;
using Pamong.Platform.Data;
using Pamong.Platform.Regions;

namespace Pamong.Platform.Organisations;

/// <summary>Derives the kecamatan and village offices of a Pemda from the region list.</summary>
public static class OrganisationFromRegions
{
    /// <summary>Adds (and saves) an office for every kecamatan and village under the Pemda's region that has none yet.</summary>
    public static async Task<int> AddAreaOfficesAsync(PamongDb db, OrganisationUnit pemda, CancellationToken ct)
    {
        var prefix = pemda.RegionCode + ".";
        var regions = await db.Regions.AsNoTracking()
            .Where(r => r.Code.StartsWith(prefix) && (r.Level == RegionLevel.District || r.Level == RegionLevel.Village))
            .OrderBy(r => r.Code).ToListAsync(ct);
        var known = (await db.OrganisationUnits.Select(u => u.Code).ToListAsync(ct)).ToHashSet();
        var added = 0;
        foreach (var region in regions)
        {
            if (known.Contains(region.Code))
            {
                continue;
            }

            var unit = region.Level == RegionLevel.District
                ? new OrganisationUnit { Kind = UnitKind.Kecamatan, Code = region.Code, Name = "Kecamatan " + region.Name, RegionCode = region.Code, ParentId = pemda.Id }
                : new OrganisationUnit
                {
                    Kind = region.IsKelurahan ? UnitKind.Kelurahan : UnitKind.Desa,
                    Code = region.Code,
                    Name = (region.IsKelurahan ? "Kelurahan " : "Desa ") + region.Name,
                    RegionCode = region.Code,
                };
            db.OrganisationUnits.Add(unit);
            added++;
        }

        // Villages hang under their kecamatan office once the kecamatan have ids.
        await db.SaveChangesAsync(ct);
        var offices = await db.OrganisationUnits.Where(u => u.Kind == UnitKind.Kecamatan).ToDictionaryAsync(u => u.RegionCode, u => u.Id, ct);
        var orphans = await db.OrganisationUnits
            .Where(u => (u.Kind == UnitKind.Desa || u.Kind == UnitKind.Kelurahan) && u.ParentId == null).ToListAsync(ct);
        foreach (var village in orphans)
        {
            if (offices.TryGetValue(village.RegionCode[..8], out var office))
            {
                village.ParentId = office;
            }
        }

        await db.SaveChangesAsync(ct);
        return added;
    }
}

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Pamong.Platform.Accounts;
using Pamong.Platform.Data;
using Pamong.Platform.Web;

namespace Pamong.Platform.People.Citizens;

/// <summary>
/// Residents an officer may see: only those living in the officer's area for the permission (a desa operator
/// their village, a kecamatan operator their kecamatan, Pemda-wide roles everyone). Lists mask the NIK.
/// </summary>
public sealed class CitizenSearch(PamongDb db, TenantVillages villages, PersonalDataMask mask)
{
    public IQueryable<Citizen> Visible(ClaimsPrincipal user, string permission = Permissions.ReadCitizens) =>
        db.Citizens.AsNoTracking().Where(OfficerArea.For(user, permission).Filter<Citizen>(c => c.VillageCode));

    /// <summary>Search by a piece of the name or the whole NIK (never a part of it), optionally in one village.</summary>
    public IQueryable<Citizen> Matching(ClaimsPrincipal user, string? q, string? village)
    {
        var citizens = Visible(user);
        if (!string.IsNullOrWhiteSpace(village))
        {
            var code = village.Trim();
            citizens = citizens.Where(c => c.VillageCode == code);
        }

        if (!string.IsNullOrWhiteSpace(q))
        {
            var text = q.Trim();
            if (text.Length == 16 && text.All(char.IsAsciiDigit))
            {
                citizens = citizens.Where(c => c.Nik == text);
            }
            else
            {
                var lower = text.ToLowerInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // Runs as SQL lower(), the same on both engines; no .NET culture is involved.
                citizens = citizens.Where(c => c.FullName.ToLower().Contains(lower));
#pragma warning restore CA1304, CA1311, CA1862
            }
        }

        return citizens;
    }

    public async Task<Paged<CitizenListRow>> FindAsync(ClaimsPrincipal user, string? q, string? village, int? page, int? pageSize, CancellationToken ct)
    {
        var (number, size) = Paging.Clamp(page, pageSize);
        var matching = Matching(user, q, village);
        var total = await matching.CountAsync(ct);
        var found = await Ordered(matching).Skip((number - 1) * size).Take(size).ToListAsync(ct);
        return new Paged<CitizenListRow>(await RowsAsync(found, ct), number, size, total);
    }

    /// <summary>One resident as a masked row, or null when they do not exist or live outside the area.</summary>
    public async Task<CitizenListRow?> FindRowAsync(ClaimsPrincipal user, int id, string permission, CancellationToken ct)
    {
        var found = await Visible(user, permission).Where(c => c.Id == id).ToListAsync(ct);
        var rows = await RowsAsync(found, ct);
        return rows.Count > 0 ? rows[0] : null;
    }

    public static IQueryable<Citizen> Ordered(IQueryable<Citizen> citizens) =>
        citizens.OrderBy(c => c.VillageCode).ThenBy(c => c.FullName).ThenBy(c => c.Id);

    public async Task<IReadOnlyList<CitizenListRow>> RowsAsync(IReadOnlyList<Citizen> citizens, CancellationToken ct)
    {
        var names = await villages.NamesAsync(citizens.Select(c => c.VillageCode), ct);
        return citizens.Select(c => new CitizenListRow(c.Id, mask.Number(c.Nik), c.FullName, c.VillageCode,
            names.TryGetValue(c.VillageCode, out var v) ? v.Label : c.VillageCode, c.Rt, c.Rw)).ToList();
    }
}

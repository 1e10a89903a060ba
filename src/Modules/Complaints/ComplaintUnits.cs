using Microsoft.EntityFrameworkCore;
using Pamong.Platform.Data;
using Pamong.Platform.Organisations;

namespace Pamong.Complaints;

/// <summary>The platform's organisation units a complaint can name (OPD, kecamatan, desa/kelurahan), read-only.</summary>
public sealed class ComplaintUnits(PamongDb platform)
{
    private static readonly UnitKind[] Handling = [UnitKind.Opd, UnitKind.Kecamatan, UnitKind.Desa, UnitKind.Kelurahan];

    public async Task<OrganisationUnit?> FindAsync(string? code, CancellationToken ct = default)
    {
        var wanted = code?.Trim() ?? "";
        return wanted.Length == 0 ? null : await platform.OrganisationUnits.AsNoTracking()
            .FirstOrDefaultAsync(u => u.Code == wanted && u.Active && Handling.Contains(u.Kind), ct);
    }

    public Task<OrganisationUnit?> FindAsync(int id, CancellationToken ct = default) =>
        platform.OrganisationUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, ct);

    /// <summary>Every unit a complaint can be about, OPD first, then kecamatan and villages by code.</summary>
    public async Task<IReadOnlyList<OrganisationUnit>> AllAsync(CancellationToken ct = default) =>
        (await platform.OrganisationUnits.AsNoTracking().Where(u => u.Active && Handling.Contains(u.Kind)).ToListAsync(ct))
            .OrderBy(u => u.Kind == UnitKind.Opd ? 0 : 1).ThenBy(u => u.Kind == UnitKind.Opd ? u.Name : u.Code, StringComparer.Ordinal).ToList();

    /// <summary>
    /// Where a late complaint goes: a village's complaint to its kecamatan; a kecamatan's or an OPD's (or a
    /// village's already at the kecamatan) to the Pemda, where the liaison and the leaders see it.
    /// </summary>
    public async Task<OrganisationUnit?> SuperiorAsync(Complaint complaint, CancellationToken ct = default)
    {
        var current = await FindAsync(complaint.EscalatedUnitId ?? complaint.UnitId, ct);
        if (current is null)
        {
            return null;
        }

        if (current.Kind is UnitKind.Desa or UnitKind.Kelurahan && current.ParentId is { } parent)
        {
            return await FindAsync(parent, ct);
        }

        return current.Kind == UnitKind.Pemda ? null
            : await platform.OrganisationUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Kind == UnitKind.Pemda, ct);
    }

    public async Task<string?> VillageNameAsync(string? code, CancellationToken ct = default) =>
        string.IsNullOrEmpty(code) ? null : await platform.Regions.AsNoTracking().Where(r => r.Code == code).Select(r => r.Name).FirstOrDefaultAsync(ct);

    /// <summary>The officers (with an e-mail address) who hold a role at the unit, for notices.</summary>
    public async Task<IReadOnlyList<string>> OfficerEmailsAsync(int unitId, CancellationToken ct = default) =>
        await platform.RoleGrants.AsNoTracking().Where(g => g.UnitId == unitId)
            .Join(platform.Users, g => g.UserId, u => u.Id, (g, u) => u.Email)
            .Where(e => e != null && e != "").Select(e => e!).Distinct().ToListAsync(ct);
}

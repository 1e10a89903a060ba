using Microsoft.EntityFrameworkCore;
using Pamong.Platform.Data;
using Pamong.Platform.Web;

namespace Pamong.Platform.Organisations.Staff;

/// <summary>The staff of a unit, found by a piece of the name or the whole NIP, a page at a time.</summary>
public static class StaffSearch
{
    public static async Task<Paged<StaffRow>> FindAsync(PamongDb db, int unitId, string? q, int? page, int? pageSize, CancellationToken ct)
    {
        var (number, size) = Paging.Clamp(page, pageSize);
        var staff = db.StaffMembers.AsNoTracking().Where(s => s.UnitId == unitId);
        if (!string.IsNullOrWhiteSpace(q))
        {
            var text = q.Trim().ToLowerInvariant();
            var nip = text.Replace(" ", "", StringComparison.Ordinal);
#pragma warning disable CA1304, CA1311, CA1862 // Runs as SQL lower(), the same on both engines; no .NET culture is involved.
            staff = staff.Where(s => s.FullName.ToLower().Contains(text) || s.Nip == nip);
#pragma warning restore CA1304, CA1311, CA1862
        }

        var total = await staff.CountAsync(ct);
        var rows = await Rows(staff.OrderBy(s => s.FullName).ThenBy(s => s.Id).Skip((number - 1) * size).Take(size)).ToListAsync(ct);
        return new Paged<StaffRow>(rows.Select(r => r.ToRow()).ToList(), number, size, total);
    }

    public static async Task<StaffRow?> FindOneAsync(PamongDb db, int id, CancellationToken ct) =>
        (await Rows(db.StaffMembers.AsNoTracking().Where(s => s.Id == id)).FirstOrDefaultAsync(ct))?.ToRow();

    private static IQueryable<Found> Rows(IQueryable<StaffMember> staff) =>
        staff.Select(s => new Found(s.Id, s.FullName, s.Status, s.Nip, s.UnitId, s.Unit!.Name, s.PositionId,
            s.Position == null ? null : s.Position.Name, s.UserId, s.Active));

    private sealed record Found(int Id, string FullName, StaffStatus Status, string? Nip, int UnitId, string UnitName, int? PositionId,
        string? PositionName, string? UserId, bool Active)
    {
        public StaffRow ToRow() => new(Id, FullName, Status.ToString(), Nip, UnitId, UnitName, PositionId, PositionName, UserId, Active);
    }
}

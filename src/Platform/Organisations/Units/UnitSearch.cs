using Microsoft.EntityFrameworkCore;
using Pamong.Platform.Data;
using Pamong.Platform.Web;

namespace Pamong.Platform.Organisations.Units;

/// <summary>Finds units by kind and by a piece of their name or code, a page at a time.</summary>
public static class UnitSearch
{
    /// <summary>Reads "opd", "Kecamatan", ... into a kind; null for empty or unknown text.</summary>
    public static UnitKind? ParseKind(string? kind) =>
        kind is { Length: > 0 } && kind.All(char.IsAsciiLetter) && Enum.TryParse<UnitKind>(kind, ignoreCase: true, out var parsed) ? parsed : null;

    public static async Task<Paged<UnitRow>> FindAsync(PamongDb db, UnitKind? kind, string? q, int? page, int? pageSize, CancellationToken ct)
    {
        var (number, size) = Paging.Clamp(page, pageSize);
        var units = db.OrganisationUnits.AsNoTracking();
        if (kind is { } k)
        {
            units = units.Where(u => u.Kind == k);
        }

        if (!string.IsNullOrWhiteSpace(q))
        {
            var text = q.Trim().ToLowerInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // Runs as SQL lower(), the same on both engines; no .NET culture is involved.
            units = units.Where(u => u.Name.ToLower().Contains(text) || u.Code.ToLower().Contains(text));
#pragma warning restore CA1304, CA1311, CA1862
        }

        var total = await units.CountAsync(ct);
        var rows = await units
            .OrderBy(u => u.Kind == UnitKind.Pemda ? 0 : u.Kind == UnitKind.Opd ? 1 : 2).ThenBy(u => u.Code).Skip((number - 1) * size).Take(size).ToListAsync(ct);
        return new Paged<UnitRow>(rows.Select(UnitRow.From).ToList(), number, size, total);
    }
}

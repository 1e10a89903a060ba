using Microsoft.EntityFrameworkCore;
using Pamong.Platform.Web;
using Pamong.PublicServices.Data;

namespace Pamong.PublicServices.Catalogue;

/// <summary>Finds services of the catalogue: published ones for the public, all of them for administrators.</summary>
public sealed class CatalogueSearch(PublicServicesDb db, OpdUnits opd)
{
    public async Task<Paged<ServiceRow>> FindAsync(CatalogueQuery query, bool includeUnpublished, CancellationToken ct)
    {
        var (page, size) = Paging.Clamp(query.Page, query.PageSize);
        var services = db.Services.AsNoTracking();
        if (!includeUnpublished)
        {
            services = services.Where(s => s.IsPublished);
        }

        foreach (var word in (query.Q ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(5))
        {
            var lower = word.ToLowerInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // translated to SQL lower(...) LIKE, the same on both engines
            services = services.Where(s => s.Name.ToLower().Contains(lower) || s.Summary.ToLower().Contains(lower) || s.Code.Contains(lower));
#pragma warning restore CA1304, CA1311, CA1862
        }

        if (!string.IsNullOrWhiteSpace(query.Category))
        {
            services = services.Where(s => s.Category == query.Category);
        }

        if (Enum.TryParse<ServiceLevel>(query.Level, ignoreCase: true, out var level) && Enum.IsDefined(level))
        {
            services = services.Where(s => s.Level == level);
        }

        if (!string.IsNullOrWhiteSpace(query.Unit))
        {
            services = services.Where(s => s.OwnerUnitCode == query.Unit);
        }

        var total = await services.CountAsync(ct);
        var found = await services.OrderBy(s => s.Level).ThenBy(s => s.Name).Skip((page - 1) * size).Take(size).ToListAsync(ct);
        var units = await opd.NamesAsync(ct);
        var rows = found.Select(s => new ServiceRow(s.Code, s.Name, s.Category, s.Level, s.OwnerUnitCode,
            s.OwnerUnitCode is null ? null : units.GetValueOrDefault(s.OwnerUnitCode), s.Summary, s.TimeLimitWorkingDays, s.Fee, s.IsPublished)).ToList();
        return new Paged<ServiceRow>(rows, page, size, total);
    }

    /// <summary>The OPD that own at least one (published) service, for the unit filter.</summary>
    public async Task<IReadOnlyList<(string Code, string Name)>> OwnersAsync(bool includeUnpublished, CancellationToken ct)
    {
        var codes = await db.Services.AsNoTracking().Where(s => s.OwnerUnitCode != null && (includeUnpublished || s.IsPublished))
            .Select(s => s.OwnerUnitCode!).Distinct().ToListAsync(ct);
        var units = await opd.NamesAsync(ct);
        return [.. codes.Select(c => (c, units.GetValueOrDefault(c) ?? c)).OrderBy(u => u.Item2, StringComparer.Ordinal)];
    }
}

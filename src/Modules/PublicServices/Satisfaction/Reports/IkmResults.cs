using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Pamong.Platform.Data;
using Pamong.PublicServices.Data;
using Pamong.PublicServices.Satisfaction.Surveys;
using Pamong.PublicServices.Statistics;

namespace Pamong.PublicServices.Satisfaction.Reports;

/// <summary>
/// The IKM of stored surveys, summed up in the database (one row per group: the count and the 9 sums) and
/// computed with <see cref="Ikm.FromTotals"/>, so that no response is loaded into memory.
/// </summary>
public sealed class IkmResults(PublicServicesDb db, PamongDb platform)
{
    /// <summary>The unit with this organisation code, or null when the Pemda has none.</summary>
    public async Task<(string Code, string Name)?> UnitAsync(string code, CancellationToken ct) =>
        await platform.OrganisationUnits.AsNoTracking().Where(u => u.Code == code).Select(u => new { u.Code, u.Name }).FirstOrDefaultAsync(ct)
            is { } unit ? (unit.Code, unit.Name) : null;

    /// <summary>One index for a unit (null: every unit of the Pemda), optionally one service, and a period.</summary>
    public async Task<IkmResult> ForUnitAsync(string? unit, string unitName, Period period, CancellationToken ct, Guid? serviceId = null)
    {
        var query = Select(unit, period);
        if (serviceId is { } id)
        {
            query = query.Where(r => r.ServiceId == id);
        }

        var totals = await TotalsAsync(query, _ => 1, ct);
        return totals.Count == 0 ? IkmResult.Empty(unit ?? "", unitName) : totals[0] with { Key = unit ?? "", Name = unitName };
    }

    /// <summary>The index of each service with responses for a unit (null: every unit) in the period.</summary>
    public async Task<IReadOnlyList<IkmResult>> PerServiceAsync(string? unit, Period period, CancellationToken ct)
    {
        var totals = await TotalsAsync(Select(unit, period), r => r.ServiceId, ct);
        var ids = totals.Select(t => Guid.Parse(t.Key)).ToList();
        var names = await db.Services.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id.ToString(), s => s.Name, ct);
        return totals.Select(t => t with { Name = names.GetValueOrDefault(t.Key, t.Key) }).OrderBy(t => t.Name, StringComparer.CurrentCulture).ToList();
    }

    /// <summary>The index of every unit with responses in the period (what the public page lists).</summary>
    public async Task<IReadOnlyList<IkmResult>> PerUnitAsync(Period period, CancellationToken ct)
    {
        var totals = await TotalsAsync(Select(null, period), r => r.UnitCode, ct);
        var codes = totals.Select(t => t.Key).ToList();
        var names = await platform.OrganisationUnits.AsNoTracking().Where(u => codes.Contains(u.Code)).ToDictionaryAsync(u => u.Code, u => u.Name, ct);
        return totals.Select(t => t with { Name = names.GetValueOrDefault(t.Key, t.Key) }).OrderBy(t => t.Name, StringComparer.CurrentCulture).ToList();
    }

    private IQueryable<SurveyResponse> Select(string? unit, Period period)
    {
        var query = db.SurveyResponses.AsNoTracking().Where(r => r.Day >= period.From && r.Day <= period.To);
        return unit is null ? query : query.Where(r => r.UnitCode == unit);
    }

    private static async Task<List<IkmResult>> TotalsAsync<TKey>(IQueryable<SurveyResponse> query, Expression<Func<SurveyResponse, TKey>> key, CancellationToken ct)
    {
        var rows = await query.GroupBy(key).Select(g => new
        {
            g.Key,
            Count = g.Count(),
            S1 = g.Sum(r => (long)r.U1),
            S2 = g.Sum(r => (long)r.U2),
            S3 = g.Sum(r => (long)r.U3),
            S4 = g.Sum(r => (long)r.U4),
            S5 = g.Sum(r => (long)r.U5),
            S6 = g.Sum(r => (long)r.U6),
            S7 = g.Sum(r => (long)r.U7),
            S8 = g.Sum(r => (long)r.U8),
            S9 = g.Sum(r => (long)r.U9),
        }).ToListAsync(ct);
        return rows.Select(r => new IkmResult(Convert.ToString(r.Key, System.Globalization.CultureInfo.InvariantCulture) ?? "", "", r.Count,
            [r.S1, r.S2, r.S3, r.S4, r.S5, r.S6, r.S7, r.S8, r.S9])).ToList();
    }
}

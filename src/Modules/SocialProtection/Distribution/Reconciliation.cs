using Microsoft.EntityFrameworkCore;
using Pamong.Platform.Regions;
using Pamong.SocialProtection.Data;

namespace Pamong.SocialProtection.Distribution;

/// <summary>Planned against delivered, undelivered and returned, per village of a cycle (counts and rupiah), with the totals.</summary>
public sealed class Reconciliation(PerlinsosDb db, RegionDirectory regions)
{
    public async Task<ReconciliationReport?> ForAsync(int cycleId, CancellationToken ct)
    {
        var cycle = await db.DistributionCycles.AsNoTracking().FirstOrDefaultAsync(c => c.Id == cycleId, ct);
        if (cycle is null)
        {
            return null;
        }

        var program = await db.Programs.AsNoTracking().Where(p => p.Id == cycle.ProgramId).Select(p => p.Name).SingleAsync(ct);
        var rows = await db.HandOvers.AsNoTracking().Where(h => h.CycleId == cycleId)
            .GroupBy(h => new { h.VillageCode, h.Status })
            .Select(g => new { g.Key.VillageCode, g.Key.Status, Count = g.Count(), Amount = g.Sum(h => h.Amount) }).ToListAsync(ct);
        var villages = rows.GroupBy(r => r.VillageCode).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            ReconciliationFigure Of(HandOverStatus status) =>
                g.Where(r => r.Status == status).Aggregate(ReconciliationFigure.Zero, (sum, r) => sum + new ReconciliationFigure(r.Count, r.Amount));
            var planned = g.Aggregate(ReconciliationFigure.Zero, (sum, r) => sum + new ReconciliationFigure(r.Count, r.Amount));
            return new ReconciliationRow(g.Key, regions.Tree.Find(g.Key)?.Name ?? g.Key, planned, Of(HandOverStatus.Delivered), Of(HandOverStatus.Undelivered),
                Of(HandOverStatus.Returned), Of(HandOverStatus.Planned));
        }).ToList();
        var total = new ReconciliationRow("", "", Sum(villages, r => r.Planned), Sum(villages, r => r.Delivered), Sum(villages, r => r.Undelivered),
            Sum(villages, r => r.Returned), Sum(villages, r => r.Outstanding));
        return new ReconciliationReport(cycle.Id, program, cycle.Period, cycle.Stage, cycle.Channel, cycle.PlannedOn, villages, total);
    }

    private static ReconciliationFigure Sum(IEnumerable<ReconciliationRow> rows, Func<ReconciliationRow, ReconciliationFigure> pick) =>
        rows.Aggregate(ReconciliationFigure.Zero, (sum, r) => sum + pick(r));
}

/// <summary>A number of households and the rupiah amount for them.</summary>
public sealed record ReconciliationFigure(int Households, long Amount)
{
    public static readonly ReconciliationFigure Zero = new(0, 0);

    public static ReconciliationFigure operator +(ReconciliationFigure a, ReconciliationFigure b) => new(a.Households + b.Households, a.Amount + b.Amount);
}

/// <summary>One village: planned = delivered + undelivered + returned + outstanding (not yet recorded).</summary>
public sealed record ReconciliationRow(string VillageCode, string Village, ReconciliationFigure Planned, ReconciliationFigure Delivered,
    ReconciliationFigure Undelivered, ReconciliationFigure Returned, ReconciliationFigure Outstanding);

public sealed record ReconciliationReport(int CycleId, string Program, string Period, int Stage, string Channel, DateOnly PlannedOn,
    IReadOnlyList<ReconciliationRow> Villages, ReconciliationRow Total);

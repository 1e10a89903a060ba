using Microsoft.EntityFrameworkCore;
using Pamong.Platform.Localization;
using Pamong.SpbeAssessment.Data;
using Pamong.SpbeAssessment.Opd;
using Pamong.SpbeAssessment.Risks.Contexts;
using Pamong.SpbeAssessment.Risks.Matrix;
using Pamong.SpbeAssessment.Risks.Treatments;

namespace Pamong.SpbeAssessment.Risks.Register;

/// <summary>Reads contexts and their registers, evaluating every risk, target and monitored residual against the Pemda's matrix.</summary>
public sealed class RiskRegister(SpbeDb db, RiskMatrixStore matrices, OpdDirectory opd, TimeProvider clock)
{
    public async Task<IReadOnlyList<ContextRow>> ContextsAsync(CancellationToken ct)
    {
        var contexts = await db.RiskContexts.AsNoTracking().Include(c => c.Categories).OrderByDescending(c => c.Year).ThenByDescending(c => c.Id).ToListAsync(ct);
        var counts = await db.Risks.GroupBy(r => r.ContextId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return contexts.Select(c => Row(c, counts.GetValueOrDefault(c.Id))).ToList();
    }

    public async Task<RegisterView?> LoadAsync(int contextId, CancellationToken ct)
    {
        var context = await db.RiskContexts.AsNoTracking().Include(c => c.Categories).FirstOrDefaultAsync(c => c.Id == contextId, ct);
        if (context is null)
        {
            return null;
        }

        var risks = await db.Risks.AsNoTracking().Include(r => r.Treatments).ThenInclude(t => t.Monitoring)
            .Where(r => r.ContextId == contextId).OrderBy(r => r.Number).ToListAsync(ct);
        var matrix = await matrices.LoadAsync(ct);
        var names = await opd.NamesAsync(ct);
        var today = clock.WibToday();
        var rows = risks.Select(r => Row(r, context, matrix, names, today)).ToList();
        return new RegisterView(Row(context, rows.Count), rows) { Matrix = matrix };
    }

    /// <summary>One risk with its context's register (for the context's appetite and the matrix).</summary>
    public async Task<(RegisterView Register, RiskRow Risk)?> RiskAsync(int riskId, CancellationToken ct)
    {
        var contextId = await db.Risks.Where(r => r.Id == riskId).Select(r => (int?)r.ContextId).FirstOrDefaultAsync(ct);
        if (contextId is null || await LoadAsync(contextId.Value, ct) is not { } register)
        {
            return null;
        }

        return (register, register.Risks.Single(r => r.Id == riskId));
    }

    public static IReadOnlyList<HeatCell> HeatMap(RegisterView register) =>
        RiskLevels.All.Reverse().SelectMany(l => RiskLevels.All.Select(i =>
        {
            var level = LevelView.Of(l, i, register.Matrix);
            return new HeatCell(l, i, level.Magnitude, level.Band, level.BandLevel, register.Risks.Count(r => r.Inherent.Likelihood == l && r.Inherent.Impact == i));
        })).ToList();

    private static ContextRow Row(RiskContext c, int riskCount) =>
        new(c.Id, c.Year, c.Name, c.Scope, c.Objectives, c.Stakeholders, c.Categories.OrderBy(a => a.Id).Select(a => new CategoryRow(a.Category, a.Appetite)).ToList(), riskCount);

    private static RiskRow Row(Risk r, RiskContext context, RiskMatrix matrix, IReadOnlyDictionary<int, string> names, DateOnly today)
    {
        var evaluation = RiskEvaluation.Of(r.Likelihood, r.Impact, context.AppetiteOf(r.Category), matrix);
        var treatments = r.Treatments.OrderBy(t => t.Deadline).ThenBy(t => t.Id).Select(t => Row(t, matrix, names, today)).ToList();
        var latest = r.Treatments.SelectMany(t => t.Monitoring).OrderBy(m => m.Date).ThenBy(m => m.Id).LastOrDefault();
        return new RiskRow(r.Id, r.ContextId, r.Code, r.Number, r.Category, r.Kind, r.Event, r.Cause, r.ImpactDescription, r.ImpactArea, r.OwnerUnitId,
            names.GetValueOrDefault(r.OwnerUnitId), LevelView.Of(r.Likelihood, r.Impact, matrix), evaluation.Appetite, evaluation.MustTreat,
            latest is null ? null : LevelView.Of(latest.ResidualLikelihood, latest.ResidualImpact, matrix), treatments);
    }

    private static TreatmentRow Row(Treatment t, RiskMatrix matrix, IReadOnlyDictionary<int, string> names, DateOnly today) =>
        new(t.Id, t.RiskId, t.Option, t.Plan, t.OwnerUnitId, names.GetValueOrDefault(t.OwnerUnitId), t.Deadline,
            LevelView.Of(t.TargetLikelihood, t.TargetImpact, matrix), t.IsOverdue(today),
            t.Monitoring.OrderBy(m => m.Date).ThenBy(m => m.Id)
                .Select(m => new MonitoringRow(m.Id, m.TreatmentId, m.Date, m.Progress, m.Status, LevelView.Of(m.ResidualLikelihood, m.ResidualImpact, matrix), m.Note))
                .ToList());
}

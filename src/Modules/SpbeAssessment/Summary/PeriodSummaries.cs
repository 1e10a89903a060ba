using Microsoft.EntityFrameworkCore;
using Pamong.Platform.Data;
using Pamong.Platform.Organisations;
using Pamong.SpbeAssessment.Data;
using Pamong.SpbeAssessment.Index;
using Pamong.SpbeAssessment.Indicators;
using Pamong.SpbeAssessment.Instruments;
using Pamong.SpbeAssessment.Official;
using Pamong.SpbeAssessment.Periods;
using Pamong.SpbeAssessment.Targets;

namespace Pamong.SpbeAssessment.Summary;

/// <summary>
/// Builds <see cref="PeriodSummary"/> for the Pemda's periods (a Pemda has a handful, so all are read at once):
/// the pages, the API and the evaluation report all read periods through here.
/// </summary>
public sealed class PeriodSummaries(SpbeDb db, PamongDb platform, InstrumentCatalog catalog)
{
    private IReadOnlyList<PeriodSummary>? _all;

    public async Task<PeriodSummary?> ForYearAsync(int year, CancellationToken ct = default) =>
        (await AllAsync(ct)).FirstOrDefault(s => s.Year == year);

    /// <summary>Every period, newest first, each with the same history of all years.</summary>
    public async Task<IReadOnlyList<PeriodSummary>> AllAsync(CancellationToken ct = default)
    {
        if (_all is not null)
        {
            return _all;
        }

        var periods = await db.Periods.AsNoTracking().OrderByDescending(p => p.Year).ToListAsync(ct);
        var answers = (await db.Answers.AsNoTracking().ToListAsync(ct)).ToLookup(a => a.PeriodId);
        var evidence = (await db.Evidence.AsNoTracking().GroupBy(e => new { e.PeriodId, e.IndicatorCode })
                .Select(g => new { g.Key.PeriodId, g.Key.IndicatorCode, Count = g.Count() }).ToListAsync(ct))
            .ToDictionary(e => (e.PeriodId, e.IndicatorCode), e => e.Count);
        var official = await db.OfficialResults.AsNoTracking().Include(r => r.Values).ToDictionaryAsync(r => r.PeriodId, ct);
        var targets = await db.Targets.AsNoTracking().Include(t => t.Levels).ToDictionaryAsync(t => t.Year, ct);
        var units = await platform.OrganisationUnits.AsNoTracking().Where(u => u.Kind == UnitKind.Opd).ToDictionaryAsync(u => u.Id, u => u.Name, ct);

        var built = new List<(PeriodSummary Summary, HistoryPoint Point)>();
        foreach (var period in periods)
        {
            var instrument = await catalog.FindAsync(period.InstrumentId, ct)
                ?? new Instrument(period.InstrumentId, period.InstrumentId, null, null, []);
            var target = targets.GetValueOrDefault(period.Year);
            built.Add(Build(period, instrument, answers[period.Id].ToDictionary(a => a.IndicatorCode), evidence, official.GetValueOrDefault(period.Id), target, units));
        }

        var history = built.Select(b => b.Point)
            .Concat(targets.Values.Where(t => periods.All(p => p.Year != t.Year))
                .Select(t => new HistoryPoint(t.Year, null, null, false, null, null, t.Index, false, null, Empty, Empty)))
            .OrderBy(h => h.Year)
            .ToList();
        return _all = built.Select(b => b.Summary with { History = history }).ToList();
    }

    public async Task<IReadOnlyList<HistoryPoint>> HistoryAsync(CancellationToken ct = default)
    {
        var all = await AllAsync(ct);
        if (all.Count > 0)
        {
            return all[0].History;
        }

        return (await db.Targets.AsNoTracking().OrderBy(t => t.Year).ToListAsync(ct))
            .Select(t => new HistoryPoint(t.Year, null, null, false, null, null, t.Index, false, null, Empty, Empty)).ToList();
    }

    private static readonly IReadOnlyDictionary<string, decimal> Empty = new Dictionary<string, decimal>();

    private static (PeriodSummary, HistoryPoint) Build(AssessmentPeriod period, Instrument instrument, Dictionary<string, IndicatorAnswer> answers,
        Dictionary<(int, string), int> evidence, OfficialResult? result, Target? target, Dictionary<int, string> units)
    {
        var finalLevels = answers.Values.Where(a => a.FinalLevel is not null).ToDictionary(a => a.IndicatorCode, a => a.FinalLevel!.Value);
        var partial = PartialIndex.Compute(instrument, finalLevels);
        var index = partial.Complete is { } complete ? new IndexFigure(complete.Exact, complete.Predicate)
            : period.RecordedSelfIndex is { } recorded ? new IndexFigure(recorded, instrument.PredicateOf(SpbeIndex.Round(recorded)), Recorded: true)
            : null;
        var targetLevels = target?.Levels.ToDictionary(l => l.IndicatorCode, l => l.Level) ?? [];
        var indicators = new List<IndicatorFigure>();
        foreach (var aspect in instrument.Aspects)
        {
            var domain = instrument.DomainOf(aspect);
            foreach (var i in aspect.Indicators)
            {
                var a = answers.GetValueOrDefault(i.Code);
                indicators.Add(new IndicatorFigure(i.Code, i.Name, aspect.Code, domain.Code, i.Weight, a?.Level, a?.AgreedLevel, a?.State ?? AnswerState.Empty,
                    a?.ResponsibleUnitId, a?.ResponsibleUnitId is { } u ? units.GetValueOrDefault(u) : null, evidence.GetValueOrDefault((period.Id, i.Code)),
                    targetLevels.TryGetValue(i.Code, out var t) ? t : null, a?.FilledBy, a?.FilledAt, a?.ReviewedBy, a?.ReviewNote));
            }
        }

        var progress = new Progress(indicators.Count,
            indicators.Count(i => i.State == AnswerState.Filled),
            indicators.Count(i => i.State == AnswerState.Returned),
            indicators.Count(i => i.State == AnswerState.Reviewed));
        var domainValues = partial.Domains.ToDictionary(d => d.Code, d => d.Exact);
        var aspectValues = partial.Aspects.ToDictionary(a => a.Code, a => a.Exact);
        var officialFigure = result is null ? null : OfficialOf(instrument, result);
        var summary = new PeriodSummary(period.Year, period.InstrumentId, instrument.Name, period.Status, period.IsHistory, period.Note,
            period.SubmittedAt, period.SubmittedBy, period.LockedAt, period.LockedBy, index, progress,
            instrument.Domains.Select(d => new PartFigure(d.Code, d.Name, d.Weight, null, domainValues.TryGetValue(d.Code, out var v) ? v : null)).ToList(),
            instrument.Domains.SelectMany(d => d.Aspects.Select(a => new PartFigure(a.Code, a.Name, a.Weight, d.Code, aspectValues.TryGetValue(a.Code, out var v) ? v : null))).ToList(),
            indicators,
            target is null ? null : new TargetFigure(target.Index, targetLevels, target.Note),
            officialFigure,
            []);
        var point = new HistoryPoint(period.Year, period.InstrumentId, index?.Exact, index?.Recorded == true, officialFigure?.Index, officialFigure?.Predicate,
            target?.Index, period.IsHistory, period.Note, domainValues, officialFigure?.Domains ?? Empty);
        return (summary, point);
    }

    /// <summary>The published values, completed by the arithmetic where the published detail allows.</summary>
    internal static OfficialFigure OfficialOf(Instrument instrument, OfficialResult result)
    {
        Dictionary<string, decimal> Of(ValueScope scope) => result.Values.Where(v => v.Scope == scope).ToDictionary(v => v.Code, v => v.Value);
        var levels = Of(ValueScope.Indicator);
        var aspects = Of(ValueScope.Aspect);
        var domains = Of(ValueScope.Domain);
        var fromLevels = PartialIndex.Compute(instrument, levels.ToDictionary(l => l.Key, l => (int)l.Value));
        foreach (var aspect in fromLevels.Aspects)
        {
            aspects.TryAdd(aspect.Code, aspect.Exact);
        }

        foreach (var domain in instrument.Domains.Where(d => !domains.ContainsKey(d.Code) && d.Aspects.All(a => aspects.ContainsKey(a.Code))))
        {
            domains[domain.Code] = domain.Aspects.Sum(a => a.Weight * aspects[a.Code]) / domain.Aspects.Sum(a => a.Weight);
        }

        return new OfficialFigure(result.Index, result.Predicate, result.Source, result.Note, levels, aspects, domains);
    }
}

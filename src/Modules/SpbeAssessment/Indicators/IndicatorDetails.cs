using Microsoft.EntityFrameworkCore;
using Pamong.Platform.Data;
using Pamong.Platform.Web;
using Pamong.SpbeAssessment.Data;
using Pamong.SpbeAssessment.Evidence;
using Pamong.SpbeAssessment.Periods;
using Pamong.SpbeAssessment.PlatformEvidence;

namespace Pamong.SpbeAssessment.Indicators;

/// <summary>Reads one indicator of a period with its answer, evidence, level meanings, target and live platform figures.</summary>
public sealed class IndicatorDetails(SpbeDb db, PamongDb platform, IndicatorGate gate, PlatformFigures figures)
{
    public async Task<Outcome<IndicatorDetail>> ForAsync(int year, string code, CancellationToken ct)
    {
        var opened = await gate.OpenAsync(year, code, ct);
        if (opened.Refusal is { } refusal)
        {
            return refusal;
        }

        var (period, instrument, indicator, answer) = opened.Value!;
        var aspect = instrument.AspectOf(indicator);
        var domain = instrument.DomainOf(aspect);
        var evidence = await db.Evidence.AsNoTracking().Where(e => e.PeriodId == period.Id && e.IndicatorCode == code).OrderBy(e => e.AddedAt).ThenBy(e => e.Id).ToListAsync(ct);
        var unit = answer?.ResponsibleUnitId is { } unitId
            ? await platform.OrganisationUnits.AsNoTracking().Where(u => u.Id == unitId).Select(u => u.Name).FirstOrDefaultAsync(ct)
            : null;
        var target = await db.TargetLevels.AsNoTracking()
            .Where(l => l.IndicatorCode == code && db.Targets.Any(t => t.Id == l.TargetId && t.Year == year))
            .Select(l => (int?)l.Level).FirstOrDefaultAsync(ct);
        return new IndicatorDetail(
            period.Year, period.Status, period.IsHistory || period.Status == PeriodStatus.Locked, instrument.Id,
            indicator.Code, indicator.Name, indicator.Kind, indicator.Weight, instrument.ShareOf(indicator),
            aspect.Code, aspect.Name, domain.Code, domain.Name, instrument.LevelsOf(indicator),
            answer?.Level, answer?.AgreedLevel, answer?.FinalLevel, answer?.State ?? AnswerState.Empty, answer?.Justification,
            answer?.ResponsibleUnitId, unit, answer?.FilledBy, answer?.FilledAt,
            answer?.Review ?? ReviewDecision.None, answer?.ReviewNote, answer?.ReviewedBy, answer?.ReviewedAt, target,
            evidence.Select(e => Row(year, e)).ToList(),
            await figures.ForAsync(instrument.Id, indicator.Code, ct));
    }

    public static EvidenceRow Row(int year, EvidenceItem e) => new(
        e.Id, e.Kind, e.Title, e.Url, e.FileName, e.ContentType, e.Size, e.Sha256, e.AddedBy, e.AddedAt,
        e.Kind == EvidenceKind.File ? $"/api/v1/spbe/periods/{year}/indicators/{Uri.EscapeDataString(e.IndicatorCode)}/evidence/{e.Id}" : null);
}

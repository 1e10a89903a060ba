using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Web;
using Pamong.SpbeAssessment.Data;
using Pamong.SpbeAssessment.Instruments;

namespace Pamong.SpbeAssessment.Periods;

/// <summary>Finds a period by year with its instrument, and refuses changes to a locked period.</summary>
public sealed class PeriodLookup(SpbeDb db, InstrumentCatalog catalog, IStringLocalizer<SpbeText> text)
{
    public async Task<Outcome<(AssessmentPeriod Period, Instrument Instrument)>> FindAsync(int year, CancellationToken ct)
    {
        var period = await db.Periods.FirstOrDefaultAsync(p => p.Year == year, ct);
        if (period is null)
        {
            return Refusal.NotFound("period_not_found", text["PeriodNotFound", year]);
        }

        var instrument = await catalog.FindAsync(period.InstrumentId, ct);
        return instrument is null
            ? Refusal.Conflict("instrument_unknown", text["PeriodInstrumentMissing", period.InstrumentId])
            : (period, instrument);
    }

    /// <summary>The period, if its self-assessment may still change (not locked, not a history year).</summary>
    public async Task<Outcome<(AssessmentPeriod Period, Instrument Instrument)>> FindChangeableAsync(int year, CancellationToken ct)
    {
        var found = await FindAsync(year, ct);
        return found.Value.Period switch
        {
            null => found,
            { IsHistory: true } => Refusal.Conflict("period_history", text["PeriodIsHistory", year]),
            { Status: PeriodStatus.Locked } => Locked(year),
            _ => found,
        };
    }

    public Refusal Locked(int year) => Refusal.Conflict("period_locked", text["PeriodLocked", year]);
}

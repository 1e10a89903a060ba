using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pamong.Platform.AuditTrail;
using Pamong.Platform.Web;
using Pamong.SpbeAssessment.Data;
using Pamong.SpbeAssessment.Indicators;
using Pamong.SpbeAssessment.Instruments;

namespace Pamong.SpbeAssessment.Periods;

/// <summary>Opens a period, submits it for review when every indicator is filled, and locks it when every indicator is reviewed.</summary>
public sealed class PeriodEditor(SpbeDb db, InstrumentCatalog catalog, PeriodLookup lookup, AuditActor actor, TimeProvider clock, IStringLocalizer<SpbeText> text)
{
    public async Task<Outcome<AssessmentPeriod>> CreateAsync(PeriodInput input, CancellationToken ct)
    {
        var instrumentId = string.IsNullOrWhiteSpace(input.InstrumentId) ? InstrumentCatalog.DefaultId : input.InstrumentId.Trim();
        var errors = new FieldErrors();
        if (!PeriodYears.Valid(input.Year))
        {
            errors.Add(nameof(PeriodInput.Year), text["YearRange", PeriodYears.First, PeriodYears.Last]);
        }

        if (await catalog.FindAsync(instrumentId, ct) is null)
        {
            errors.Add(nameof(PeriodInput.InstrumentId), text["InstrumentUnknown", instrumentId]);
        }

        if (errors.Any)
        {
            return Refusal.Invalid("period_invalid", text["PeriodInvalid"], errors.ToDictionary());
        }

        if (await db.Periods.AnyAsync(p => p.Year == input.Year, ct))
        {
            return Refusal.Conflict("period_exists", text["PeriodExists", input.Year!.Value], nameof(PeriodInput.Year));
        }

        var period = new AssessmentPeriod
        {
            Year = input.Year!.Value,
            InstrumentId = instrumentId,
            Status = PeriodStatus.Filling,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Periods.Add(period);
        await db.SaveChangesAsync(ct);
        return period;
    }

    /// <summary>Hands the period to the review team; every indicator must have a level.</summary>
    public async Task<Outcome<AssessmentPeriod>> SubmitAsync(int year, CancellationToken ct)
    {
        var found = await lookup.FindChangeableAsync(year, ct);
        if (found.Refusal is { } refusal)
        {
            return refusal;
        }

        var (period, instrument) = found.Value;
        if (period.Status == PeriodStatus.InReview)
        {
            return Refusal.Conflict("period_already_submitted", text["PeriodAlreadySubmitted", year]);
        }

        var filled = await db.Answers.Where(a => a.PeriodId == period.Id && a.Level != null).Select(a => a.IndicatorCode).ToListAsync(ct);
        var missing = instrument.Indicators.Select(i => i.Code).Except(filled).ToList();
        if (missing.Count > 0)
        {
            return Refusal.Conflict("period_incomplete", text["PeriodIncomplete", missing.Count, Codes(missing)]);
        }

        period.Status = PeriodStatus.InReview;
        period.SubmittedAt = clock.GetUtcNow().UtcDateTime;
        period.SubmittedBy = actor.Name;
        await db.SaveChangesAsync(ct);
        return period;
    }

    /// <summary>Locks the period for good; every indicator must be accepted by the review team.</summary>
    public async Task<Outcome<AssessmentPeriod>> LockAsync(int year, CancellationToken ct)
    {
        var found = await lookup.FindChangeableAsync(year, ct);
        if (found.Refusal is { } refusal)
        {
            return refusal;
        }

        var (period, instrument) = found.Value;
        if (period.Status != PeriodStatus.InReview)
        {
            return Refusal.Conflict("period_not_submitted", text["PeriodNotSubmitted", year]);
        }

        var accepted = await db.Answers.Where(a => a.PeriodId == period.Id && a.Review == ReviewDecision.Accepted).Select(a => a.IndicatorCode).ToListAsync(ct);
        var open = instrument.Indicators.Select(i => i.Code).Except(accepted).ToList();
        if (open.Count > 0)
        {
            return Refusal.Conflict("period_not_reviewed", text["PeriodNotReviewed", open.Count, Codes(open)]);
        }

        period.Status = PeriodStatus.Locked;
        period.LockedAt = clock.GetUtcNow().UtcDateTime;
        period.LockedBy = actor.Name;
        await db.SaveChangesAsync(ct);
        return period;
    }

    private static string Codes(List<string> codes) =>
        string.Join(", ", codes.Take(10)) + (codes.Count > 10 ? ", …" : "");
}

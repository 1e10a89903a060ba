using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pamong.Platform.AuditTrail;
using Pamong.Platform.Web;
using Pamong.SpbeAssessment.Data;
using Pamong.SpbeAssessment.Instruments;
using Pamong.SpbeAssessment.Official;
using Pamong.SpbeAssessment.Periods;

namespace Pamong.SpbeAssessment.History;

/// <summary>
/// Records a past year quickly (e.g. 2018 on PermenPANRB 5/2018 with only domain values): a history period,
/// read-only from the start, with the self-assessment index reported then and the official result.
/// </summary>
public sealed class HistoryEditor(SpbeDb db, InstrumentCatalog catalog, OfficialEditor official, AuditActor actor, TimeProvider clock, IStringLocalizer<SpbeText> text)
{
    public async Task<Outcome<AssessmentPeriod>> RecordAsync(HistoryInput input, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (!PeriodYears.Valid(input.Year))
        {
            errors.Add(nameof(HistoryInput.Year), text["YearRange", PeriodYears.First, PeriodYears.Last]);
        }

        var instrumentId = string.IsNullOrWhiteSpace(input.InstrumentId) ? InstrumentCatalog.DefaultId : input.InstrumentId.Trim();
        var instrument = await catalog.FindAsync(instrumentId, ct);
        if (instrument is null)
        {
            errors.Add(nameof(HistoryInput.InstrumentId), text["InstrumentUnknown", instrumentId]);
        }

        if (input.SelfIndex is { } self && (self < Instrument.MinLevel || self > Instrument.MaxLevel))
        {
            errors.Add(nameof(HistoryInput.SelfIndex), text["IndexRange"]);
        }

        if (input.SelfIndex is null && input.Official is null)
        {
            errors.Add(nameof(HistoryInput.Official), text["HistoryNeedsFigures"]);
        }

        if (input.Note?.Trim().Length > 500)
        {
            errors.Add(nameof(HistoryInput.Note), text["TooLong", 500]);
        }

        var checkedOfficial = instrument is not null && input.Official is not null ? official.Check(instrument, input.Official) : null;
        if (checkedOfficial?.Refusal is { } refusal)
        {
            foreach (var (field, messages) in refusal.Errors)
            {
                foreach (var message in messages)
                {
                    errors.Add(nameof(HistoryInput.Official) + "." + field, message);
                }
            }
        }

        if (errors.Any)
        {
            return Refusal.Invalid("history_invalid", text["HistoryInvalid"], errors.ToDictionary());
        }

        if (await db.Periods.AnyAsync(p => p.Year == input.Year, ct))
        {
            return Refusal.Conflict("period_exists", text["PeriodExists", input.Year!.Value], nameof(HistoryInput.Year));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var period = new AssessmentPeriod
        {
            Year = input.Year!.Value,
            InstrumentId = instrumentId,
            Status = PeriodStatus.Locked,
            IsHistory = true,
            RecordedSelfIndex = input.SelfIndex,
            Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim(),
            CreatedAt = now,
            LockedAt = now,
            LockedBy = actor.Name,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Periods.Add(period);
        await db.SaveChangesAsync(ct);
        if (checkedOfficial is { Refusal: null })
        {
            var (index, predicate, values, _) = checkedOfficial.Value;
            db.OfficialResults.Add(new OfficialResult
            {
                PeriodId = period.Id,
                Index = index,
                Predicate = predicate,
                Source = string.IsNullOrWhiteSpace(input.Official!.Source) ? null : input.Official.Source.Trim(),
                Note = string.IsNullOrWhiteSpace(input.Official.Note) ? null : input.Official.Note.Trim(),
                EnteredBy = actor.Name,
                EnteredAt = now,
                Values = values,
            });
            await db.SaveChangesAsync(ct);
        }

        await transaction.CommitAsync(ct);
        return ((Outcome<AssessmentPeriod>)period).With(checkedOfficial?.Warnings ?? []);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Web;
using Pamong.SpbeAssessment.Data;
using Pamong.SpbeAssessment.Instruments;
using Pamong.SpbeAssessment.Periods;

namespace Pamong.SpbeAssessment.Targets;

/// <summary>
/// Sets (replaces) a year's target. Indicator codes are those of the year's period instrument, or of the default
/// instrument when the year has no period yet. An empty target (no index, no levels) removes it.
/// </summary>
public sealed class TargetEditor(SpbeDb db, InstrumentCatalog catalog, IStringLocalizer<SpbeText> text)
{
    public async Task<Instrument> InstrumentForAsync(int year, CancellationToken ct)
    {
        var instrumentId = await db.Periods.Where(p => p.Year == year).Select(p => p.InstrumentId).FirstOrDefaultAsync(ct);
        return await catalog.FindAsync(instrumentId ?? InstrumentCatalog.DefaultId, ct)
            ?? (await catalog.FindAsync(InstrumentCatalog.DefaultId, ct))!;
    }

    public async Task<Outcome<Target?>> SetAsync(int year, TargetInput input, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (!PeriodYears.Valid(year))
        {
            errors.Add("Year", text["YearRange", PeriodYears.First, PeriodYears.Last]);
        }

        if (input.Index is { } index && (index < Instrument.MinLevel || index > Instrument.MaxLevel))
        {
            errors.Add(nameof(TargetInput.Index), text["IndexRange"]);
        }

        var instrument = await InstrumentForAsync(year, ct);
        var codes = instrument.Indicators.Select(i => i.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var (code, level) in input.Levels ?? [])
        {
            if (!codes.Contains(code))
            {
                errors.Add(nameof(TargetInput.Levels), text["CodeUnknown", code]);
            }
            else if (level is < Instrument.MinLevel or > Instrument.MaxLevel)
            {
                errors.Add(nameof(TargetInput.Levels), text["LevelRangeFor", code]);
            }
        }

        if (input.Note?.Trim().Length > 500)
        {
            errors.Add(nameof(TargetInput.Note), text["TooLong", 500]);
        }

        if (errors.Any)
        {
            return Refusal.Invalid("target_invalid", text["TargetInvalid"], errors.ToDictionary());
        }

        var target = await db.Targets.Include(t => t.Levels).FirstOrDefaultAsync(t => t.Year == year, ct);
        if (input.Index is null && input.Levels is not { Count: > 0 })
        {
            if (target is not null)
            {
                db.Targets.Remove(target);
                await db.SaveChangesAsync(ct);
            }

            return (Target?)null;
        }

        if (target is null)
        {
            target = new Target { Year = year };
            db.Targets.Add(target);
        }

        target.Index = input.Index;
        target.Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
        var wanted = input.Levels ?? [];
        foreach (var old in target.Levels.Where(l => !wanted.ContainsKey(l.IndicatorCode)).ToList())
        {
            target.Levels.Remove(old);
            db.TargetLevels.Remove(old);
        }

        foreach (var (code, level) in wanted)
        {
            if (target.Levels.FirstOrDefault(l => l.IndicatorCode == code) is { } existing)
            {
                existing.Level = level;
            }
            else
            {
                target.Levels.Add(new TargetLevel { IndicatorCode = code, Level = level });
            }
        }

        await db.SaveChangesAsync(ct);
        return target;
    }
}

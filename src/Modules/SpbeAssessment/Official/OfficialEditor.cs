using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pamong.Platform.AuditTrail;
using Pamong.Platform.Web;
using Pamong.SpbeAssessment.Data;
using Pamong.SpbeAssessment.Index;
using Pamong.SpbeAssessment.Instruments;
using Pamong.SpbeAssessment.Periods;

namespace Pamong.SpbeAssessment.Official;

/// <summary>
/// Records the result KemenPAN-RB published for a period, replacing what was recorded before. Allowed in any
/// state of the period: the official result usually arrives after the self-assessment is locked.
/// </summary>
public sealed class OfficialEditor(SpbeDb db, PeriodLookup lookup, AuditActor actor, TimeProvider clock, IStringLocalizer<SpbeText> text)
{
    public async Task<Outcome<OfficialResult>> RecordAsync(int year, OfficialInput input, CancellationToken ct)
    {
        var found = await lookup.FindAsync(year, ct);
        if (found.Refusal is { } refusal)
        {
            return refusal;
        }

        var (period, instrument) = found.Value;
        var checkedInput = Check(instrument, input);
        if (checkedInput.Refusal is { } invalid)
        {
            return invalid;
        }

        var (index, predicate, values, warnings) = checkedInput.Value;
        var result = await db.OfficialResults.Include(r => r.Values).FirstOrDefaultAsync(r => r.PeriodId == period.Id, ct);
        if (result is null)
        {
            result = new OfficialResult { PeriodId = period.Id };
            db.OfficialResults.Add(result);
        }
        else
        {
            db.OfficialValues.RemoveRange(result.Values);
            result.Values.Clear();
        }

        result.Index = index;
        result.Predicate = predicate;
        result.Source = Blank(input.Source);
        result.Note = Blank(input.Note);
        result.EnteredBy = actor.Name;
        result.EnteredAt = clock.GetUtcNow().UtcDateTime;
        result.Values.AddRange(values);
        await db.SaveChangesAsync(ct);
        return ((Outcome<OfficialResult>)result).With(warnings);
    }

    /// <summary>The index, predicate and values to store, or why the input cannot be stored.</summary>
    internal Outcome<(decimal Index, string Predicate, List<OfficialValue> Values, IReadOnlyList<string> Warnings)> Check(Instrument instrument, OfficialInput input)
    {
        var errors = new FieldErrors();
        var values = new List<OfficialValue>();
        Read(input.Levels, ValueScope.Indicator, instrument.Indicators.Select(i => i.Code), nameof(OfficialInput.Levels), integers: true, values, errors);
        Read(input.AspectValues, ValueScope.Aspect, instrument.Aspects.Select(a => a.Code), nameof(OfficialInput.AspectValues), integers: false, values, errors);
        Read(input.DomainValues, ValueScope.Domain, instrument.Domains.Select(d => d.Code), nameof(OfficialInput.DomainValues), integers: false, values, errors);
        if (input.Index is { } given && (given < Instrument.MinLevel || given > Instrument.MaxLevel))
        {
            errors.Add(nameof(OfficialInput.Index), text["IndexRange"]);
        }

        var computed = errors.Any ? null : Compute(instrument, values);
        if (!errors.Any && input.Index is null && computed is null)
        {
            errors.Add(nameof(OfficialInput.Index), text["OfficialIndexRequired"]);
        }

        var predicate = input.Predicate?.Trim();
        var bands = instrument.Predicates is { Count: > 0 } p ? p : Instrument.DefaultPredicates;
        if (!string.IsNullOrEmpty(predicate))
        {
            predicate = bands.FirstOrDefault(b => string.Equals(b.Name, predicate, StringComparison.OrdinalIgnoreCase))?.Name;
            if (predicate is null)
            {
                errors.Add(nameof(OfficialInput.Predicate), text["PredicateUnknown", string.Join(", ", bands.Select(b => b.Name))]);
            }
        }

        if (input.Source?.Trim().Length > 300)
        {
            errors.Add(nameof(OfficialInput.Source), text["TooLong", 300]);
        }

        if (input.Note?.Trim().Length > 500)
        {
            errors.Add(nameof(OfficialInput.Note), text["TooLong", 500]);
        }

        if (errors.Any)
        {
            return Refusal.Invalid("official_invalid", text["OfficialInvalid"], errors.ToDictionary());
        }

        var index = input.Index ?? computed!.Exact;
        var warnings = new List<string>();
        if (input.Index is not null && computed is not null && SpbeIndex.Round(computed.Exact) != SpbeIndex.Round(index))
        {
            warnings.Add(text["OfficialIndexDiffers", Show(index), Show(computed.Exact)]);
        }

        return (index, string.IsNullOrEmpty(predicate) ? instrument.PredicateOf(SpbeIndex.Round(index)) : predicate, values, warnings);
    }

    /// <summary>The index the detail gives: from every indicator level, else every aspect, else every domain.</summary>
    internal static SpbeIndex.Result? Compute(Instrument instrument, List<OfficialValue> values)
    {
        Dictionary<string, decimal> Of(ValueScope scope) => values.Where(v => v.Scope == scope).ToDictionary(v => v.Code, v => v.Value);
        return SpbeIndex.FromLevels(instrument, Of(ValueScope.Indicator)).Result
            ?? SpbeIndex.FromAspects(instrument, Of(ValueScope.Aspect)).Result
            ?? SpbeIndex.FromDomains(instrument, Of(ValueScope.Domain)).Result;
    }

    private void Read(Dictionary<string, decimal>? given, ValueScope scope, IEnumerable<string> known, string field, bool integers, List<OfficialValue> values, FieldErrors errors)
    {
        var codes = known.ToHashSet(StringComparer.Ordinal);
        foreach (var (code, value) in given ?? [])
        {
            if (!codes.Contains(code))
            {
                errors.Add(field, text["CodeUnknown", code]);
            }
            else if (value < Instrument.MinLevel || value > Instrument.MaxLevel || (integers && value != decimal.Truncate(value)))
            {
                errors.Add(field, integers ? text["LevelRangeFor", code] : text["ValueRangeFor", code]);
            }
            else
            {
                values.Add(new OfficialValue { Scope = scope, Code = code, Value = value });
            }
        }
    }

    private static string Show(decimal value) => SpbeIndex.Round(value).ToString("0.00", CultureInfo.CurrentCulture);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

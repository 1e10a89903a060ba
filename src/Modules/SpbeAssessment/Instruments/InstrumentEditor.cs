using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pamong.Platform.AuditTrail;
using Pamong.Platform.Web;
using Pamong.SpbeAssessment.Data;
using Pamong.SpbeAssessment.Periods;

namespace Pamong.SpbeAssessment.Instruments;

/// <summary>
/// Adds, changes, copies and removes the Pemda's stored instruments. Shipped instruments are read-only (copy one
/// to change it). An instrument that periods use keeps its structure; once a locked or history period uses it,
/// its weights and predicate bands stay too, so published results never change under anyone's feet.
/// </summary>
public sealed class InstrumentEditor(SpbeDb db, InstrumentCatalog catalog, AuditActor actor, TimeProvider clock, IStringLocalizer<SpbeText> text)
{
    public const string Field = "Definition";

    public async Task<Outcome<StoredInstrument>> UploadAsync(string? definition, CancellationToken ct)
    {
        var (instrument, problem) = InstrumentJson.Parse(definition);
        return instrument is null ? Invalid([problem!]) : await AddAsync(instrument, ct);
    }

    public async Task<Outcome<StoredInstrument>> AddAsync(Instrument instrument, CancellationToken ct)
    {
        instrument = Tidy(instrument);
        var problems = InstrumentCheck.ForStorage(instrument);
        if (problems.Count > 0)
        {
            return Invalid(problems);
        }

        if (await catalog.FindAsync(instrument.Id, ct) is not null)
        {
            return Refusal.Conflict("instrument_exists", text["InstrumentExists", instrument.Id], Field);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var row = new StoredInstrument { InstrumentId = instrument.Id, CreatedAt = now };
        Fill(row, instrument, now);
        db.Instruments.Add(row);
        await db.SaveChangesAsync(ct);
        catalog.Refresh();
        return ((Outcome<StoredInstrument>)row).With(InstrumentCheck.Warnings(instrument));
    }

    public async Task<Outcome<StoredInstrument>> ReplaceAsync(string id, string? definition, CancellationToken ct)
    {
        var (instrument, problem) = InstrumentJson.Parse(definition);
        return instrument is null ? Invalid([problem!]) : await ReplaceAsync(id, instrument, ct);
    }

    /// <summary>Replaces a stored instrument's definition (its id stays).</summary>
    public async Task<Outcome<StoredInstrument>> ReplaceAsync(string id, Instrument instrument, CancellationToken ct)
    {
        if (catalog.IsShipped(id))
        {
            return Refusal.Conflict("instrument_shipped", text["InstrumentShipped", id]);
        }

        var row = await db.Instruments.FirstOrDefaultAsync(i => i.InstrumentId == id, ct);
        if (row is null)
        {
            return Refusal.NotFound("instrument_not_found", text["InstrumentNotFound", id]);
        }

        instrument = Tidy(instrument with { Id = id });
        var problems = InstrumentCheck.ForStorage(instrument);
        if (problems.Count > 0)
        {
            return Invalid(problems);
        }

        var before = InstrumentJson.Parse(row.Definition).Instrument;
        if (before is not null && await InUseRefusalAsync(id, before, instrument, ct) is { } inUse)
        {
            return inUse;
        }

        Fill(row, instrument, clock.GetUtcNow().UtcDateTime);
        row.Version++;
        await db.SaveChangesAsync(ct);
        catalog.Refresh();
        return ((Outcome<StoredInstrument>)row).With(InstrumentCheck.Warnings(instrument));
    }

    /// <summary>A stored copy of any instrument under a new id and name, to change it.</summary>
    public async Task<Outcome<StoredInstrument>> CopyAsync(string sourceId, string? newId, string? newName, CancellationToken ct)
    {
        var source = await catalog.FindAsync(sourceId, ct);
        if (source is null)
        {
            return Refusal.NotFound("instrument_not_found", text["InstrumentNotFound", sourceId]);
        }

        return await AddAsync(source with { Id = newId?.Trim() ?? "", Name = newName?.Trim() ?? "" }, ct);
    }

    public async Task<Outcome<StoredInstrument>> DeleteAsync(string id, CancellationToken ct)
    {
        if (catalog.IsShipped(id))
        {
            return Refusal.Conflict("instrument_shipped", text["InstrumentShipped", id]);
        }

        var row = await db.Instruments.FirstOrDefaultAsync(i => i.InstrumentId == id, ct);
        if (row is null)
        {
            return Refusal.NotFound("instrument_not_found", text["InstrumentNotFound", id]);
        }

        var years = await db.Periods.Where(p => p.InstrumentId == id).Select(p => p.Year).OrderBy(y => y).ToListAsync(ct);
        if (years.Count > 0)
        {
            return Refusal.Conflict("instrument_in_use", text["InstrumentUsedBy", id, string.Join(", ", years)]);
        }

        db.Instruments.Remove(row);
        await db.SaveChangesAsync(ct);
        catalog.Refresh();
        return row;
    }

    private async Task<Refusal?> InUseRefusalAsync(string id, Instrument before, Instrument after, CancellationToken ct)
    {
        var periods = await db.Periods.Where(p => p.InstrumentId == id).Select(p => new { p.Year, p.Status, p.IsHistory }).ToListAsync(ct);
        if (periods.Count == 0)
        {
            return null;
        }

        if (Structure(before) != Structure(after))
        {
            return Refusal.Conflict("instrument_in_use", text["InstrumentStructureInUse", string.Join(", ", periods.Select(p => p.Year).Order())], Field);
        }

        var fixedBy = periods.Where(p => p.IsHistory || p.Status == PeriodStatus.Locked).Select(p => p.Year).Order().ToList();
        return fixedBy.Count > 0 && Arithmetic(before) != Arithmetic(after)
            ? Refusal.Conflict("instrument_in_use", text["InstrumentWeightsInUse", string.Join(", ", fixedBy)], Field)
            : null;
    }

    private static string Structure(Instrument i) =>
        string.Join("|", i.Domains.Select(d => d.Code + ">" + string.Join(";", d.Aspects.Select(a => a.Code + ">" + string.Join(",", a.Indicators.Select(x => x.Code))))));

    private static string Arithmetic(Instrument i) => string.Create(CultureInfo.InvariantCulture,
        $"{string.Join("|", i.Domains.Select(d => Invariant(d.Weight) + ">" + string.Join(";", d.Aspects.Select(a => Invariant(a.Weight) + ">" + string.Join(",", a.Indicators.Select(x => Invariant(x.Weight)))))))}#{string.Join(",", (i.Predicates ?? Instrument.DefaultPredicates).OrderBy(p => p.Min).Select(p => p.Name + ":" + Invariant(p.Min)))}");

    private static string Invariant(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture);

    private void Fill(StoredInstrument row, Instrument instrument, DateTime now)
    {
        row.Name = instrument.Name;
        row.Regulation = instrument.Regulation;
        row.ValidFrom = instrument.ValidFrom;
        row.Definition = InstrumentJson.Serialize(instrument);
        row.UpdatedAt = now;
        row.UpdatedBy = actor.Name;
    }

    /// <summary>Trims the names an administrator typed.</summary>
    private static Instrument Tidy(Instrument i) => i with
    {
        Id = i.Id?.Trim() ?? "",
        Name = i.Name?.Trim() ?? "",
        Regulation = string.IsNullOrWhiteSpace(i.Regulation) ? null : i.Regulation.Trim(),
    };

    private Refusal Invalid(IReadOnlyList<string> problems) =>
        Refusal.Invalid("instrument_invalid", text["InstrumentInvalid", string.Join("; ", problems)],
            new Dictionary<string, string[]> { [Field] = problems.ToArray() });
}

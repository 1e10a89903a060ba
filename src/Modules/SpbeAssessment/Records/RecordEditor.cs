using Microsoft.EntityFrameworkCore;
using Pamong.Platform.Web;
using Pamong.SpbeAssessment.Data;

namespace Pamong.SpbeAssessment.Records;

/// <summary>
/// Adds, changes and deletes one kind of module record, shared by its pages and its API: the subclass
/// validates the input into field messages and copies it onto the record; this class finds the record,
/// answers refusals and saves (audited by <see cref="SpbeDb"/>).
/// </summary>
public abstract class RecordEditor<TRecord, TInput>(SpbeDb db)
    where TRecord : class, new()
{
    protected SpbeDb Db => db;

    /// <summary>The English code stem of refusals, e.g. "application" for "application_invalid" and "application_not_found".</summary>
    protected abstract string Code { get; }

    protected abstract string NotFoundMessage { get; }

    protected abstract string InvalidMessage { get; }

    public async Task<TRecord?> FindAsync(int id, CancellationToken ct) =>
        await Query().FirstOrDefaultAsync(r => EF.Property<int>(r, "Id") == id, ct);

    public async Task<Outcome<TRecord>> CreateAsync(TInput input, CancellationToken ct)
    {
        var record = new TRecord();
        if (await ValidateAsync(input, record, ct) is { } refusal)
        {
            return refusal;
        }

        Apply(input, record);
        db.Add(record);
        await db.SaveChangesAsync(ct);
        return record;
    }

    public async Task<Outcome<TRecord>> UpdateAsync(int id, TInput input, CancellationToken ct)
    {
        var record = await FindAsync(id, ct);
        if (record is null)
        {
            return NotFound();
        }

        if (await ValidateAsync(input, record, ct) is { } refusal)
        {
            return refusal;
        }

        Apply(input, record);
        await db.SaveChangesAsync(ct);
        return record;
    }

    public async Task<Outcome<TRecord>> DeleteAsync(int id, CancellationToken ct)
    {
        var record = await FindAsync(id, ct);
        if (record is null)
        {
            return NotFound();
        }

        if (await DeleteRefusalAsync(record, ct) is { } refusal)
        {
            return refusal;
        }

        await BeforeDeleteAsync(record, ct);
        db.Remove(record);
        await db.SaveChangesAsync(ct);
        return record;
    }

    public Refusal NotFound() => Refusal.NotFound(Code + "_not_found", NotFoundMessage);

    /// <summary>The records the editor works on (override to include children that are replaced with the record).</summary>
    protected virtual IQueryable<TRecord> Query() => db.Set<TRecord>();

    /// <summary>Adds a message per problem of the input (keyed by the input's property name).</summary>
    protected abstract Task CheckAsync(TInput input, TRecord record, FieldErrors errors, CancellationToken ct);

    protected abstract void Apply(TInput input, TRecord record);

    /// <summary>Why the record cannot be deleted (e.g. other records still point at it), or null.</summary>
    protected virtual Task<Refusal?> DeleteRefusalAsync(TRecord record, CancellationToken ct) => Task.FromResult<Refusal?>(null);

    /// <summary>Removes rows that go with the record (through the context, so that the audit trail records them).</summary>
    protected virtual Task BeforeDeleteAsync(TRecord record, CancellationToken ct) => Task.CompletedTask;

    private async Task<Refusal?> ValidateAsync(TInput input, TRecord record, CancellationToken ct)
    {
        var errors = new FieldErrors();
        await CheckAsync(input, record, errors, ct);
        return errors.Any ? Refusal.Invalid(Code + "_invalid", InvalidMessage, errors.ToDictionary()) : null;
    }
}

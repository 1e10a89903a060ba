using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pamong.Platform.Organisations;
using Pamong.SpbeAssessment.Opd;

namespace Pamong.SpbeAssessment.Records;

/// <summary>
/// The add and edit pages of a register (two pages, one model): GET fills the form, POST saves through
/// the <see cref="RecordEditor{TRecord,TInput}"/> and returns to the list, or shows the form again with
/// every message; the Delete handler removes the record.
/// </summary>
public abstract class RecordFormModel<TRecord, TInput>(RecordEditor<TRecord, TInput> editor, OpdDirectory opd) : PageModel
    where TRecord : class, new()
    where TInput : class, new()
{
    [BindProperty]
    public TInput Input { get; set; } = new();

    /// <summary>The record being edited; null on the add page.</summary>
    [FromRoute]
    public int? Id { get; set; }

    public IReadOnlyList<OrganisationUnit> OpdOptions { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    /// <summary>The register's list page, where saving and deleting return to.</summary>
    public abstract string ListHref { get; }

    protected abstract TInput ToInput(TRecord record);

    protected abstract string SavedMessage { get; }

    protected abstract string DeletedMessage { get; }

    /// <summary>Loads what the form's pickers offer besides the OPD.</summary>
    protected virtual Task LoadChoicesAsync(CancellationToken ct) => Task.CompletedTask;

    /// <summary>Fills what the address gives a new record (e.g. the risk a treatment belongs to); also runs before saving.</summary>
    protected virtual void PrepareInput(bool fresh)
    {
    }

    /// <summary>Where saving returns to (default: the list).</summary>
    protected virtual string Destination(TRecord saved) => ListHref;

    /// <summary>Where deleting returns to (default: the list).</summary>
    protected virtual string AfterDelete(TRecord deleted) => ListHref;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Id is { } id)
        {
            if (await editor.FindAsync(id, ct) is not { } record)
            {
                return NotFound();
            }

            Input = ToInput(record);
        }
        else
        {
            PrepareInput(fresh: true);
        }

        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        PrepareInput(fresh: false);
        var outcome = Id is { } id ? await editor.UpdateAsync(id, Input, ct) : await editor.CreateAsync(Input, ct);
        if (outcome.Refusal is { Status: 404 })
        {
            return NotFound();
        }

        if (outcome.Refusal is { } refusal)
        {
            refusal.CopyTo(ModelState, nameof(Input));
            await LoadAsync(ct);
            return Page();
        }

        Message = SavedMessage;
        return Redirect(Destination(outcome.Value!));
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken ct)
    {
        if (Id is not { } id)
        {
            return NotFound();
        }

        var outcome = await editor.DeleteAsync(id, ct);
        if (outcome.Refusal is { Status: 404 })
        {
            return NotFound();
        }

        if (outcome.Refusal is { } refusal)
        {
            ModelState.AddModelError("", refusal.Detail);
            Input = ToInput((await editor.FindAsync(id, ct))!);
            await LoadAsync(ct);
            return Page();
        }

        Message = DeletedMessage;
        return Redirect(AfterDelete(outcome.Value!));
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        OpdOptions = await opd.OptionsAsync(ct);
        await LoadChoicesAsync(ct);
    }
}

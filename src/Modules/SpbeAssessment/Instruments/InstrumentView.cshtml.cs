using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pamong.Platform.Accounts;
using Pamong.SpbeAssessment.Data;

namespace Pamong.SpbeAssessment.Instruments;

/// <summary>/spbe/instrumen/{id}: an instrument's domains, aspects, indicators, weights and level meanings; copy, change or remove it.</summary>
[Authorize(Policy = Permissions.ReadSpbe)]
public sealed class InstrumentViewModel(InstrumentCatalog catalog, InstrumentEditor editor, SpbeDb db, IAuthorizationService authorization) : PageModel
{
    public CatalogEntry Entry { get; private set; } = null!;

    public IReadOnlyList<int> UsedBy { get; private set; } = [];

    public IReadOnlyList<string> Warnings { get; private set; } = [];

    public bool CanManage { get; private set; }

    [BindProperty]
    public string? CopyId { get; set; }

    [BindProperty]
    public string? CopyName { get; set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostCopyAsync(string id, CancellationToken ct)
    {
        if (!await Can())
        {
            return Forbid();
        }

        var outcome = await editor.CopyAsync(id, CopyId, CopyName, ct);
        if (outcome.Refusal is { } refusal)
        {
            foreach (var message in refusal.Errors.Values.SelectMany(m => m).DefaultIfEmpty(refusal.Detail))
            {
                ModelState.AddModelError(nameof(CopyId), message);
            }

            return await LoadAsync(id, ct) ? Page() : NotFound();
        }

        Message = "InstrumentCopied";
        return Redirect($"/spbe/instrumen/{Uri.EscapeDataString(outcome.Value!.InstrumentId)}/ubah");
    }

    public async Task<IActionResult> OnPostDeleteAsync(string id, CancellationToken ct)
    {
        if (!await Can())
        {
            return Forbid();
        }

        var outcome = await editor.DeleteAsync(id, ct);
        if (outcome.Refusal is { } refusal)
        {
            ModelState.AddModelError("", refusal.Detail);
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }

        return Redirect("/spbe/instrumen");
    }

    private async Task<bool> LoadAsync(string id, CancellationToken ct)
    {
        if (await catalog.FindEntryAsync(id, ct) is not { } entry)
        {
            return false;
        }

        Entry = entry;
        UsedBy = (await InstrumentsApi.UsageAsync(db, ct)).GetValueOrDefault(id) ?? [];
        Warnings = InstrumentCheck.Warnings(entry.Instrument);
        CanManage = await Can();
        CopyName ??= entry.Instrument.Name + " (salinan)";
        return true;
    }

    private async Task<bool> Can() => (await authorization.AuthorizeAsync(User, Permissions.ManageSpbe)).Succeeded;
}

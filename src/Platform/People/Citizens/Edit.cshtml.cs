using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Accounts;

namespace Pamong.Platform.People.Citizens;

/// <summary>
/// /penduduk/{id}/ubah: opening the form shows the full record, so it first asks for a reason (logged like any
/// full read); saving keeps that reason on the audit entry of the change. Only inside the officer's area.
/// </summary>
[Authorize(Policy = Permissions.ManageCitizens)]
public sealed class EditModel(CitizenSearch search, CitizenReader reader, CitizenEditor editor, TenantVillages villages, IStringLocalizer<PeopleText> text)
    : PageModel
{
    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public CitizenInput Input { get; set; } = new();

    public CitizenListRow Summary { get; private set; } = null!;

    /// <summary>True once the reason was given and the form with the full record is shown.</summary>
    public bool Opened { get; private set; }

    public IReadOnlyList<VillageOption> Villages { get; private set; } = [];
    public IReadOnlyList<string> Warnings { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    [TempData(Key = "Warnings")]
    public string? SavedWarnings { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var summary = await search.FindRowAsync(User, id, Permissions.ManageCitizens, ct);
        if (summary is null)
        {
            return NotFound();
        }

        Summary = summary;
        return Page();
    }

    public async Task<IActionResult> OnPostOpenAsync(int id, CancellationToken ct)
    {
        var outcome = await reader.ReadAsync(User, id, Reason, Permissions.ManageCitizens, ct);
        if (outcome.Refusal is { Status: StatusCodes.Status404NotFound })
        {
            return NotFound();
        }

        if (outcome.Refusal is { } refusal)
        {
            ModelState.AddModelError(nameof(Reason), refusal.Detail);
            return await OnGetAsync(id, ct);
        }

        ModelState.Clear();
        Input = CitizenInput.From(outcome.Value!);
        return await ShowFormAsync(id, ct);
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (AccessReason.Clean(Reason) is not { } reason)
        {
            ModelState.Clear();
            ModelState.AddModelError(nameof(Reason), text["ReasonRequired", AccessReason.MinLength, AccessReason.MaxLength]);
            return await OnGetAsync(id, ct);
        }

        var outcome = await editor.UpdateAsync(User, id, Input, reason, ct);
        if (outcome.Refusal is { Status: StatusCodes.Status404NotFound })
        {
            return NotFound();
        }

        if (outcome.Refusal is { } refusal)
        {
            refusal.CopyTo(ModelState, nameof(Input));
            Warnings = outcome.Warnings;
            return await ShowFormAsync(id, ct);
        }

        Message = text["Saved", outcome.Value!.FullName];
        SavedWarnings = outcome.Warnings.Count > 0 ? string.Join(" ", outcome.Warnings) : null;
        return Redirect("/penduduk");
    }

    private async Task<IActionResult> ShowFormAsync(int id, CancellationToken ct)
    {
        var summary = await search.FindRowAsync(User, id, Permissions.ManageCitizens, ct);
        if (summary is null)
        {
            return NotFound();
        }

        Summary = summary;
        Opened = true;
        Villages = await villages.InAreaAsync(OfficerArea.For(User, Permissions.ManageCitizens), ct);
        return Page();
    }
}

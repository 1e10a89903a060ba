using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Accounts;
using Pamong.PublicServices.Catalogue;

namespace Pamong.PublicServices.Admin;

/// <summary>
/// /layanan/admin/baru and /layanan/admin/{code}: a service's standard (name, category, level, owner, requirements,
/// procedure, time limit, fee, product, legal basis, complaints), with links to its workflow and publishing.
/// </summary>
[Authorize(Policy = Permissions.ManageServices)]
public sealed class ServiceFormModel(ServiceEditor editor, ServiceReader reader, OpdUnits opd, IStringLocalizer<PublicServicesText> text) : PageModel
{
    [BindProperty]
    public ServiceInput Input { get; set; } = new() { TimeLimitWorkingDays = 1, Fee = 0 };

    [TempData]
    public string? Message { get; set; }

    public string? Code { get; private set; }
    public bool IsNew => Code is null;
    public ServiceReader.Found? Found { get; private set; }
    public IReadOnlyList<(string Code, string Name)> Units { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? code, CancellationToken ct)
    {
        if (code is not null)
        {
            if (await LoadAsync(code, ct) is { } missing)
            {
                return missing;
            }

            Input = ServiceInput.From(Found!.Service);
        }
        else
        {
            Input.ComplaintChannel = text["DefaultComplaintChannel"];
        }

        await LoadUnitsAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? code, CancellationToken ct)
    {
        if (code is not null && await LoadAsync(code, ct) is { } missing)
        {
            return missing;
        }

        var outcome = code is null ? await editor.CreateAsync(Input, ActorName.Of(User), ct) : await editor.UpdateAsync(code, Input, ct);
        if (outcome.Refusal is { } refusal)
        {
            refusal.CopyTo(ModelState, nameof(Input));
            await LoadUnitsAsync(ct);
            return Page();
        }

        Message = code is null ? text["ServiceCreated", outcome.Value!.Name] : text["ServiceSaved"];
        return Redirect(code is null ? $"/layanan/admin/{outcome.Value!.Code}/alur" : $"/layanan/admin/{code}");
    }

    private async Task<IActionResult?> LoadAsync(string code, CancellationToken ct)
    {
        Code = code;
        Found = await reader.FindAsync(code, includeUnpublished: true, ct);
        return Found is null ? NotFound() : null;
    }

    private async Task LoadUnitsAsync(CancellationToken ct) =>
        Units = [.. (await opd.NamesAsync(ct)).Select(u => (u.Key, u.Value))];
}

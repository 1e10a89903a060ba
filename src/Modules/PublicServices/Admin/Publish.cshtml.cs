using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Accounts;
using Pamong.PublicServices.Catalogue;

namespace Pamong.PublicServices.Admin;

/// <summary>/layanan/admin/{code}/terbitkan: confirms publishing a service, or withdrawing it from the catalogue.</summary>
[Authorize(Policy = Permissions.ManageServices)]
public sealed class PublishModel(ServiceEditor editor, ServiceReader reader, IStringLocalizer<PublicServicesText> text) : PageModel
{
    [BindProperty]
    public string? Reason { get; set; }

    [TempData]
    public string? Message { get; set; }

    public ServiceReader.Found Found { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        if (await reader.FindAsync(code, includeUnpublished: true, ct) is not { } found)
        {
            return NotFound();
        }

        Found = found;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken ct)
    {
        if (await reader.FindAsync(code, includeUnpublished: true, ct) is not { } found)
        {
            return NotFound();
        }

        Found = found;
        var publish = !found.Service.IsPublished;
        var outcome = await editor.SetPublishedAsync(code, publish, Reason, ct);
        if (outcome.Refusal is { } refusal)
        {
            refusal.CopyTo(ModelState, "");
            return Page();
        }

        Message = publish ? text["PublishedMessage", found.Service.Name] : text["UnpublishedMessage", found.Service.Name];
        return Redirect($"/layanan/admin/{code}");
    }
}

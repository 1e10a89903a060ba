using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Accounts;

namespace Pamong.SpbeAssessment.Instruments;

/// <summary>/spbe/instrumen/unggah: adds an instrument from its JSON definition (a file or pasted text), checked before it is stored.</summary>
[Authorize(Policy = Permissions.ManageSpbe)]
public sealed class UploadInstrumentModel(InstrumentEditor editor, IStringLocalizer<SpbeText> text) : PageModel
{
    public const int MaxBytes = 1024 * 1024;

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public string? Definition { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var definition = Definition;
        if (Upload is { Length: > 0 })
        {
            if (Upload.Length > MaxBytes)
            {
                ModelState.AddModelError(nameof(Upload), text["InstrumentFileTooLarge"]);
                return Page();
            }

            using var reader = new StreamReader(Upload.OpenReadStream(), Encoding.UTF8);
            definition = await reader.ReadToEndAsync(ct);
        }

        var outcome = await editor.UploadAsync(definition, ct);
        if (outcome.Refusal is { } refusal)
        {
            foreach (var message in refusal.Errors.Values.SelectMany(m => m).DefaultIfEmpty(refusal.Detail))
            {
                ModelState.AddModelError(nameof(Definition), message);
            }

            Definition = definition;
            return Page();
        }

        TempData["Message"] = outcome.Warnings.Count > 0 ? "InstrumentAddedWithWarnings" : "InstrumentAdded";
        return Redirect($"/spbe/instrumen/{Uri.EscapeDataString(outcome.Value!.InstrumentId)}");
    }
}

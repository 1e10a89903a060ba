using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pamong.Platform.Accounts;

namespace Pamong.Platform.Organisations.Units;

/// <summary>/organisasi/opd/baru: adds an OPD.</summary>
[Authorize(Policy = Permissions.ManageOrganisation)]
public sealed class CreateOpdModel(OpdEditor editor) : PageModel
{
    [BindProperty]
    public OpdInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await editor.CreateAsync(Input, ct);
        if (outcome.Refusal is { } refusal)
        {
            refusal.CopyTo(ModelState, nameof(Input));
            return Page();
        }

        return Redirect($"/organisasi/{outcome.Value!.Id}");
    }
}

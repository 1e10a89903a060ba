using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Accounts;

namespace Pamong.SpbeAssessment.Risks.Matrix;

/// <summary>
/// /spbe/risiko/matriks: the Pemda's risk analysis matrix and bands. Everyone with spbe.read sees them;
/// the administrator (spbe.manage) localises them or returns to the regulation's default.
/// </summary>
[Authorize(Policy = Permissions.ReadSpbe)]
public sealed class MatrixSettingsModel(RiskMatrixStore store, IAuthorizationService authorization, IStringLocalizer<RiskText> text) : PageModel
{
    [BindProperty]
    public MatrixInput Input { get; set; } = new();

    public RiskMatrix Matrix { get; private set; } = RiskMatrix.Default;

    public bool Localised { get; private set; }

    public bool CanManage { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Input = MatrixInput.From(Matrix);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Permissions.ManageSpbe)).Succeeded)
        {
            return Forbid();
        }

        var outcome = await store.SaveAsync(Input, ct);
        if (outcome.Refusal is { } refusal)
        {
            refusal.CopyTo(ModelState, nameof(Input));
            await LoadAsync(ct);
            return Page();
        }

        Message = text["MatrixSaved"];
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostResetAsync(CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Permissions.ManageSpbe)).Succeeded)
        {
            return Forbid();
        }

        await store.ResetAsync(ct);
        Message = text["MatrixReset"];
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        CanManage = (await authorization.AuthorizeAsync(User, Permissions.ManageSpbe)).Succeeded;
        Matrix = await store.LoadAsync(ct);
        Localised = await store.IsLocalisedAsync(ct);
    }
}

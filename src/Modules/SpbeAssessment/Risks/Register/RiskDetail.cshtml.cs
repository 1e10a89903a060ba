using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pamong.Platform.Accounts;

namespace Pamong.SpbeAssessment.Risks.Register;

/// <summary>/spbe/risiko/{id}: a risk's assessment and evaluation, its treatment plans and their monitoring.</summary>
[Authorize(Policy = Permissions.ReadSpbe)]
public sealed class RiskDetailModel(RiskRegister register, IAuthorizationService authorization) : PageModel
{
    public RegisterView Register { get; private set; } = null!;

    public RiskRow Risk { get; private set; } = null!;

    public bool CanManage { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await register.RiskAsync(id, ct) is not { } found)
        {
            return NotFound();
        }

        (Register, Risk) = found;
        CanManage = (await authorization.AuthorizeAsync(User, Permissions.ManageSpbe)).Succeeded;
        return Page();
    }
}

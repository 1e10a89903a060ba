using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pamong.Platform.Accounts;
using Pamong.SpbeAssessment.Risks.Register;

namespace Pamong.SpbeAssessment.Risks.Forms;

/// <summary>/spbe/risiko/konteks/{id}/formulir/{form}/{pdf|xlsx}: a form of PermenPANRB 5/2020 to download.</summary>
[Authorize(Policy = Permissions.ReadSpbe)]
public sealed class FormDownloadModel(RiskRegister register, RiskForms forms) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, int form, string format, CancellationToken ct)
    {
        if (!RiskForms.Numbers.Contains(form) || !RiskForms.IsFormat(format) || await register.LoadAsync(id, ct) is not { } view)
        {
            return NotFound();
        }

        var (content, type) = forms.Write(form, view, format);
        return File(content, type, forms.FileName(form, view, format));
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pamong.Platform.Accounts;

namespace Pamong.PublicServices.Catalogue;

/// <summary>/layanan/{code}: a service's standard (UU 25/2009, PermenPANRB 15/2014) and its steps, with "Ajukan" and "Sampaikan pengaduan".</summary>
[AllowAnonymous]
public sealed class DetailModel(ServiceReader reader, IAuthorizationService authorization) : PageModel
{
    public ServiceReader.Found Found { get; private set; } = null!;
    public bool CanManage { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        CanManage = User.Identity?.IsAuthenticated == true && (await authorization.AuthorizeAsync(User, Permissions.ManageServices)).Succeeded;
        if (await reader.FindAsync(code, CanManage, ct) is not { } found)
        {
            return NotFound();
        }

        Found = found;
        return Page();
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pamong.Platform.Accounts;

namespace Pamong.SocialProtection.Home;

/// <summary>/perlinsos: the module's start page with what the officer may do.</summary>
[Authorize(Policy = Permissions.ReadPerlinsos)]
public sealed class IndexModel(IAuthorizationService authorization) : PageModel
{
    public bool CanImport { get; private set; }
    public bool CanVerify { get; private set; }
    public bool CanManage { get; private set; }

    public async Task OnGetAsync()
    {
        CanImport = (await authorization.AuthorizeAsync(User, Permissions.ImportPerlinsos)).Succeeded;
        CanVerify = (await authorization.AuthorizeAsync(User, Permissions.VerifyPerlinsos)).Succeeded;
        CanManage = (await authorization.AuthorizeAsync(User, Permissions.ManagePerlinsos)).Succeeded;
    }
}

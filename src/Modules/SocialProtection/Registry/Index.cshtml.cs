using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pamong.Platform.Accounts;
using Pamong.Platform.People.Citizens;
using Pamong.Platform.Web;

namespace Pamong.SocialProtection.Registry;

/// <summary>/perlinsos/rumah-tangga: households in the officer's area; search, village filter, paging; masked numbers.</summary>
[Authorize(Policy = Permissions.ReadPerlinsos)]
public sealed class IndexModel(HouseholdSearch search, TenantVillages villages, IAuthorizationService authorization) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Village { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int? PageNumber { get; set; }

    public Paged<HouseholdRow> Found { get; private set; } = null!;
    public IReadOnlyList<VillageOption> Villages { get; private set; } = [];
    public bool CanRegister { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Found = await search.FindAsync(User, Q, Village, PageNumber, Paging.DefaultSize, ct);
        Villages = await villages.InAreaAsync(OfficerArea.For(User, Permissions.ReadPerlinsos), ct);
        CanRegister = (await authorization.AuthorizeAsync(User, Permissions.RegisterPerlinsos)).Succeeded;
    }
}

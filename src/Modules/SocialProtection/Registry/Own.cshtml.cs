using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Accounts;
using Pamong.Platform.People.Citizens;

namespace Pamong.SocialProtection.Registry;

/// <summary>/perlinsos/daftar: a signed-in resident registers their own household, or sees it once registered.</summary>
[Authorize(Policy = Permissions.SelfRegisterPerlinsos)]
public sealed class OwnModel(HouseholdEditor editor, HouseholdSearch search, TenantVillages villages, UserManager<PamongUser> users, IStringLocalizer<PerlinsosText> text) : PageModel
{
    [BindProperty]
    public HouseholdInput Input { get; set; } = new();

    public HouseholdRecord? Mine { get; private set; }

    public IReadOnlyList<VillageOption> Villages { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Mine = await search.MineAsync(User, ct);
        if (Mine is null)
        {
            await PrepareAsync(ct);
            var account = await users.GetUserAsync(User);
            Input.Members.Add(new MemberInput { Nik = account?.Nik, Name = account?.FullName });
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await editor.RegisterOwnAsync(User, Input, ct);
        if (outcome.Refusal is { } refusal)
        {
            refusal.CopyTo(ModelState, nameof(Input));
            await PrepareAsync(ct);
            return Page();
        }

        Message = text["OwnRegistered"];
        return Redirect("/perlinsos/daftar");
    }

    private async Task PrepareAsync(CancellationToken ct)
    {
        Villages = await villages.InAreaAsync(OfficerArea.For(User, Permissions.SelfRegisterPerlinsos), ct);
        if (Villages.Count == 1)
        {
            Input.VillageCode ??= Villages[0].Code;
        }
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Pamong.Platform.Accounts.Users;

/// <summary>/admin/pengguna/{id}/peran/{grantId}/hapus: confirms the removal of a grant, with an optional reason.</summary>
[Authorize(Policy = Permissions.ManageUsers)]
public sealed class RemoveGrantModel(UserDirectory directory, UserAdministration admin, IStringLocalizer<AccountText> text) : AccountPageModel
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public int GrantId { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public UserDetails Account { get; private set; } = null!;

    public GrantView Grant { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        var outcome = await admin.RevokeAsync(Id, GrantId, Reason);
        if (outcome.Refusal is null)
        {
            TempData["Notice"] = text["GrantRemoved"].Value;
            return Redirect("/admin/pengguna/" + Id);
        }

        outcome.Refusal.CopyTo(ModelState, "");
        return await LoadAsync() ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync()
    {
        if (await directory.FindAsync(Id) is not { } account || account.Grants.FirstOrDefault(g => g.Id == GrantId) is not { } grant)
        {
            return false;
        }

        (Account, Grant) = (account, grant);
        return true;
    }
}

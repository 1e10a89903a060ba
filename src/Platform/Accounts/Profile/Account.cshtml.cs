using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Accounts.Users;

namespace Pamong.Platform.Accounts.Profile;

/// <summary>/akun: the signed-in person's profile, roles, two-factor status, and a password change.</summary>
[Authorize]
public sealed class AccountModel(UserManager<PamongUser> users, UserDirectory directory, AccountSecurity security, IStringLocalizer<AccountText> text)
    : AccountPageModel
{
    [BindProperty]
    public string? CurrentPassword { get; set; }

    [BindProperty]
    public string? NewPassword { get; set; }

    public UserDetails Account { get; private set; } = null!;

    public TwoFactorStatus TwoFactor { get; private set; } = null!;

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostPasswordAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }

        var outcome = await security.ChangePasswordAsync(user, CurrentPassword, NewPassword);
        if (outcome.Refusal is null)
        {
            Notice = text["PasswordChanged"];
            return RedirectToPage();
        }

        outcome.Refusal.CopyTo(ModelState, "");
        await LoadAsync();
        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null || await directory.FindAsync(user.Id) is not { } account)
        {
            return false;
        }

        Account = account;
        TwoFactor = await security.StatusAsync(user);
        return true;
    }
}

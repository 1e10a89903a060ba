using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Accounts.Profile;

namespace Pamong.Platform.Accounts.TwoFactor;

/// <summary>/akun/dua-langkah: enrol an authenticator app (key and QR code), get recovery codes, or turn it off where allowed.</summary>
[Authorize]
public sealed class EnrolModel(UserManager<PamongUser> users, AccountSecurity security, IStringLocalizer<AccountText> text) : AccountPageModel
{
    [BindProperty]
    public string? Code { get; set; }

    public TwoFactorStatus Status { get; private set; } = null!;

    public AuthenticatorSetup? Setup { get; private set; }

    /// <summary>Shown once, right after they were made.</summary>
    public IReadOnlyList<string>? RecoveryCodes { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostEnableAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }

        var outcome = await security.EnableAsync(user, Code);
        if (outcome.Refusal is null)
        {
            RecoveryCodes = outcome.Value;
        }
        else
        {
            outcome.Refusal.CopyTo(ModelState, "");
        }

        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }

        var outcome = await security.NewRecoveryCodesAsync(user);
        RecoveryCodes = outcome.Value;
        outcome.Refusal?.CopyTo(ModelState, "");
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }

        var outcome = await security.DisableAsync(user);
        if (outcome.Refusal is null)
        {
            Notice = text["TwoFactorDisabled"];
            return RedirectToPage();
        }

        outcome.Refusal.CopyTo(ModelState, "");
        await LoadAsync();
        return Page();
    }

    private async Task<PamongUser?> LoadAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is not null)
        {
            Status = await security.StatusAsync(user);
            Setup = Status.Enabled ? null : await security.SetupAsync(user);
        }

        return user;
    }
}

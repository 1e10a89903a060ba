using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Pamong.Platform.AuditTrail;
using Pamong.Platform.Data;
using Pamong.Platform.Demo;

namespace Pamong.Platform.Accounts.SignIn;

/// <summary>The second step of sign-in: the 6-digit code from the officer's authenticator app.</summary>
public sealed class TwoFactorModel(
    SignInManager<PamongUser> signIn, UserManager<PamongUser> users, AuditLog audit, PamongDb db,
    IOptions<DemoOptions> demo, TimeProvider clock, IStringLocalizer<AccountText> text) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Required")]
    public string Code { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    /// <summary>In demo mode only: the current code of a demo account, so that a visitor can sign in without an app.</summary>
    public string? DemoCode { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToPage("SignIn");
        }

        await ShowDemoCodeAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToPage("SignIn");
        }

        if (ModelState.IsValid)
        {
            var code = Code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
            var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
            var record = audit.Record(result.Succeeded ? "signed-in" : "sign-in-2fa-failed", "Account", user.Id);
            record.ActorId = user.Id;
            record.ActorName = user.UserName ?? "";
            await db.SaveChangesAsync();
            if (result.Succeeded)
            {
                return LocalRedirect(SignInModel.SafeReturnUrl(ReturnUrl));
            }

            Error = result.IsLockedOut ? text["LockedOut"] : text["InvalidCode"];
        }

        await ShowDemoCodeAsync(user);
        return Page();
    }

    private async Task ShowDemoCodeAsync(PamongUser user)
    {
        if (demo.Value.Enabled && DemoAccounts.IsDemoAccount(user.UserName) && await users.GetAuthenticatorKeyAsync(user) is { } key)
        {
            DemoCode = Totp.Code(key, clock.GetUtcNow());
        }
    }
}

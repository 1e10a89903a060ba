using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Pamong.Platform.AuditTrail;
using Pamong.Platform.Data;

namespace Pamong.Platform.Accounts.SignIn;

/// <summary>The second step of sign-in with a recovery code instead of the app (each code works once).</summary>
public sealed class RecoveryCodeModel(SignInManager<PamongUser> signIn, AuditLog audit, PamongDb db, IStringLocalizer<AccountText> text) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Required")]
    public string RecoveryCode { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("SignIn") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToPage("SignIn");
        }

        if (!ModelState.IsValid)
        {
            Error = text["recovery_code_invalid"];
            return Page();
        }

        var result = await signIn.TwoFactorRecoveryCodeSignInAsync(RecoveryCode.Trim());
        var record = audit.Record(result.Succeeded ? "signed-in-recovery-code" : "sign-in-recovery-code-failed", "Account", user.Id);
        record.ActorId = user.Id;
        record.ActorName = user.UserName ?? "";
        await db.SaveChangesAsync();
        if (result.Succeeded)
        {
            return LocalRedirect(SignInModel.SafeReturnUrl(ReturnUrl));
        }

        Error = result.IsLockedOut ? text["LockedOut"] : text["recovery_code_invalid"];
        return Page();
    }
}

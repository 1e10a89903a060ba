using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Pamong.Platform.AuditTrail;
using Pamong.Platform.Data;

namespace Pamong.Platform.Accounts.SignIn;

public sealed class SignInModel(SignInManager<PamongUser> signIn, UserManager<PamongUser> users, AuditLog audit, PamongDb db, IStringLocalizer<AccountText> text) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Required")]
    [Display(Name = "UserName")]
    public string UserName { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Required")]
    [DataType(DataType.Password)]
    [Display(Name = "Password")]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    /// <summary>The account exists but its registration code was not confirmed yet.</summary>
    public bool NotConfirmed { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(UserName.Trim(), Password, isPersistent: false, lockoutOnFailure: true);
        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("TwoFactor", new { ReturnUrl });
        }

        await RecordAsync(result.Succeeded ? "signed-in" : result.IsLockedOut ? "sign-in-locked-out" : result.IsNotAllowed ? "sign-in-unconfirmed" : "sign-in-failed");
        if (result.Succeeded)
        {
            return LocalRedirect(SafeReturnUrl(ReturnUrl));
        }

        // Identity refuses an unconfirmed account before it checks the password: say so only to its owner.
        NotConfirmed = result.IsNotAllowed && await users.FindByNameAsync(UserName.Trim()) is { } pending && await users.CheckPasswordAsync(pending, Password);
        Error = result.IsLockedOut ? text["LockedOut"] : NotConfirmed ? text["NotConfirmed"] : text["InvalidSignIn"];
        return Page();
    }

    private async Task RecordAsync(string action)
    {
        var record = audit.Record(action, "Account", null);
        record.ActorName = UserName.Trim();
        await db.SaveChangesAsync();
    }

    internal static string SafeReturnUrl(string? url) =>
        url is { Length: > 0 } && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal) ? url : "/";
}

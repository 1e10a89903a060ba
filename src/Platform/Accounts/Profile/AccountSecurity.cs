using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Accounts.TwoFactor;
using Pamong.Platform.AuditTrail;
using Pamong.Platform.Data;
using Pamong.Platform.Web;

namespace Pamong.Platform.Accounts.Profile;

public sealed record TwoFactorStatus(bool Enabled, int RecoveryCodesLeft, bool Required);

/// <summary>An account holder's own security settings: password and two-factor sign-in (pages and API).</summary>
public sealed class AccountSecurity(
    UserManager<PamongUser> users, SignInManager<PamongUser> signIn, PamongDb db, AuditLog audit, IStringLocalizer<AccountText> text)
{
    public const int RecoveryCodeCount = 10;

    public Task<bool> TwoFactorRequiredAsync(PamongUser user)
    {
        var required = Roles.RequireTwoFactor.ToList();
        return db.RoleGrants.AnyAsync(g => g.UserId == user.Id && required.Contains(g.Role));
    }

    public async Task<TwoFactorStatus> StatusAsync(PamongUser user) =>
        new(user.TwoFactorEnabled, user.TwoFactorEnabled ? await users.CountRecoveryCodesAsync(user) : 0, await TwoFactorRequiredAsync(user));

    /// <summary>The authenticator key to enrol with (made on first use, kept until enrolment or reset).</summary>
    public async Task<AuthenticatorSetup> SetupAsync(PamongUser user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? throw new InvalidOperationException("No authenticator key was made.");
            await signIn.RefreshSignInAsync(user);
        }

        return AuthenticatorSetup.For(key, user.UserName ?? "", user.TenantId);
    }

    /// <summary>Turns two-factor sign-in on when the code from the app matches; returns the new recovery codes (shown once).</summary>
    public async Task<Outcome<string[]>> EnableAsync(PamongUser user, string? code)
    {
        if (user.TwoFactorEnabled)
        {
            return Refusal.OnField("two_factor_already_on", "", text["two_factor_already_on"], StatusCodes.Status409Conflict);
        }

        var digits = new string((code ?? "").Where(char.IsAsciiDigit).ToArray());
        if (digits.Length != 6 || !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, digits))
        {
            return Refusal.OnField("otp_invalid", "Code", text["otp_invalid"]);
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = await NewCodesAsync(user);
        await signIn.RefreshSignInAsync(user);
        return codes;
    }

    public async Task<Outcome<bool>> DisableAsync(PamongUser user)
    {
        if (await TwoFactorRequiredAsync(user))
        {
            return Refusal.OnField("two_factor_required", "", text["two_factor_required"], StatusCodes.Status409Conflict);
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 0);
        await signIn.RefreshSignInAsync(user);
        return true;
    }

    public async Task<Outcome<string[]>> NewRecoveryCodesAsync(PamongUser user)
    {
        if (!user.TwoFactorEnabled)
        {
            return Refusal.OnField("two_factor_off", "", text["two_factor_off"], StatusCodes.Status409Conflict);
        }

        return await NewCodesAsync(user);
    }

    public async Task<Outcome<bool>> ChangePasswordAsync(PamongUser user, string? current, string? next)
    {
        if (string.IsNullOrEmpty(current) || string.IsNullOrEmpty(next))
        {
            return Refusal.OnField("password_required", string.IsNullOrEmpty(current) ? "CurrentPassword" : "NewPassword", text["password_required"]);
        }

        var result = await users.ChangePasswordAsync(user, current, next);
        if (!result.Succeeded)
        {
            return Refusal.Combine(result.Errors.Select(e =>
                Refusal.OnField(e.Code, e.Code == "password_mismatch" ? "CurrentPassword" : "NewPassword", e.Description)));
        }

        await signIn.RefreshSignInAsync(user);
        return true;
    }

    private async Task<string[]> NewCodesAsync(PamongUser user)
    {
        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))?.ToArray() ?? [];
        audit.Record("recovery-codes-generated", nameof(PamongUser), user.Id);
        await db.SaveChangesAsync();
        return codes;
    }
}

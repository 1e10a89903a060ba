using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Pamong.Platform.Accounts.Passwords;

/// <summary>Identity's messages in the user's language, with stable snake_case codes for the API.</summary>
internal sealed class IndonesianIdentityErrors(IStringLocalizer<AccountText> text) : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => Error("password_too_short", length);

    public override IdentityError PasswordMismatch() => Error("password_mismatch");

    public override IdentityError DuplicateUserName(string userName) => Error("username_taken", userName);

    public override IdentityError InvalidUserName(string? userName) => Error("username_invalid", userName ?? "");

    public override IdentityError InvalidEmail(string? email) => Error("email_invalid", email ?? "");

    public override IdentityError InvalidToken() => Error("otp_invalid");

    public override IdentityError RecoveryCodeRedemptionFailed() => Error("recovery_code_invalid");

    public override IdentityError ConcurrencyFailure() => Error("concurrency_failure");

    public override IdentityError DefaultError() => Error("account_error");

    private IdentityError Error(string code, params object[] arguments) =>
        new() { Code = code, Description = text[code, arguments] };
}

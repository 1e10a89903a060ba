using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Tenancy;

namespace Pamong.Platform.Accounts.Passwords;

/// <summary>
/// The password policy after NIST SP 800-63B: at least 10 and at most 128 characters, any characters,
/// no composition rules; refused are common passwords (the shipped list, also with a short number or
/// symbol added), runs and repeats, and passwords containing the user name, "pamong" or the Pemda's name.
/// </summary>
public sealed class PasswordPolicy(CurrentTenant tenant, TenantDirectory tenants, IStringLocalizer<AccountText> text)
    : IPasswordValidator<PamongUser>
{
    public const int MinimumLength = 10;
    public const int MaximumLength = 128;

    /// <summary>Words of official names that say nothing about a Pemda ("Pemerintah Kabupaten ...").</summary>
    private static readonly HashSet<string> TitleWords = ["pemerintah", "kabupaten", "kota", "provinsi", "administrasi", "daerah"];

    public Task<IdentityResult> ValidateAsync(UserManager<PamongUser> manager, PamongUser user, string? password)
    {
        var pemda = tenants.Find(tenant.Id)?.Name;
        var codes = Check(password ?? "", [user.UserName, user.Nik], pemda);
        return Task.FromResult(codes.Count == 0
            ? IdentityResult.Success
            : IdentityResult.Failed([.. codes.Select(c => new IdentityError { Code = c, Description = text[c] })]));
    }

    /// <summary>The codes of every rule the password breaks (empty when it is acceptable).</summary>
    public static IReadOnlyList<string> Check(string password, IEnumerable<string?> personal, string? pemdaName)
    {
        var codes = new List<string>();
        if (password.Length > MaximumLength)
        {
            codes.Add("password_too_long");
            return codes;
        }

        var lower = password.ToLowerInvariant();
        if (CommonPasswords.Contains(lower))
        {
            codes.Add("password_too_common");
        }
        else if (IsRunOrRepeat(lower))
        {
            codes.Add("password_too_simple");
        }

        if (personal.Any(p => p is { Length: >= 3 } && lower.Contains(p.ToLowerInvariant(), StringComparison.Ordinal)))
        {
            codes.Add("password_contains_username");
        }

        if (lower.Contains("pamong", StringComparison.Ordinal))
        {
            codes.Add("password_contains_product");
        }

        if (PemdaWords(pemdaName).Any(w => lower.Contains(w, StringComparison.Ordinal)))
        {
            codes.Add("password_contains_pemda");
        }

        return codes;
    }

    /// <summary>One character repeated, or a run of neighbouring characters ("aaaaaaaaaa", "1234567890", "zyxwvutsrq").</summary>
    private static bool IsRunOrRepeat(string password)
    {
        if (password.Length < 2)
        {
            return true;
        }

        var step = password[1] - password[0];
        if (Math.Abs(step) > 1)
        {
            return false;
        }

        for (var i = 2; i < password.Length; i++)
        {
            if (password[i] - password[i - 1] != step)
            {
                return false;
            }
        }

        return true;
    }

    private static IEnumerable<string> PemdaWords(string? name) =>
        (name ?? "").ToLowerInvariant()
            .Split([' ', '-', '.', ','], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length >= 4 && !TitleWords.Contains(w));
}

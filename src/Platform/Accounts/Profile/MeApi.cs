using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Pamong.Platform.Accounts.Tokens;
using Pamong.Platform.Tenancy;
using Pamong.Platform.Web;

namespace Pamong.Platform.Accounts.Profile;

public sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword);

public sealed record TwoFactorCodeRequest(string? Code);

/// <summary>/api/v1/me: who the caller is, and their own password and two-factor settings (signed-in session only, not a token).</summary>
internal static class MeApi
{
    public static void MapMeApi(this IEndpointRouteBuilder api)
    {
        var me = api.MapGroup("/me").WithTags("Akun").RequireAuthorization(Permissions.SignedIn);
        me.MapGet("", Me).WithName("GetMe").WithSummary("Akun, peran dan izin pemanggil (akun, token pribadi atau kunci API).");
        me.MapPost("/password", async (ChangePasswordRequest body, ClaimsPrincipal caller, UserManager<PamongUser> users, AccountSecurity security) =>
            await AsOfficerAsync(caller, users, async user => Result(await security.ChangePasswordAsync(user, body.CurrentPassword, body.NewPassword), _ => Results.NoContent())))
            .WithName("ChangeMyPassword").WithSummary("Mengganti kata sandi sendiri.");
        me.MapGet("/two-factor", async (ClaimsPrincipal caller, UserManager<PamongUser> users, AccountSecurity security) =>
            await AsOfficerAsync(caller, users, async user => Results.Ok(await security.StatusAsync(user))))
            .WithName("GetMyTwoFactor").WithSummary("Status verifikasi dua langkah.");
        me.MapPost("/two-factor/key", async (ClaimsPrincipal caller, UserManager<PamongUser> users, AccountSecurity security) =>
            await AsOfficerAsync(caller, users, async user =>
            {
                var setup = await security.SetupAsync(user);
                return Results.Ok(new { key = setup.GroupedKey, uri = setup.Uri });
            }))
            .WithName("GetMyAuthenticatorKey").WithSummary("Kunci autentikator untuk mendaftarkan aplikasi (otpauth URI).");
        me.MapPost("/two-factor/enable", async (TwoFactorCodeRequest body, ClaimsPrincipal caller, UserManager<PamongUser> users, AccountSecurity security) =>
            await AsOfficerAsync(caller, users, async user => Result(await security.EnableAsync(user, body.Code), codes => Results.Ok(new { recoveryCodes = codes }))))
            .WithName("EnableMyTwoFactor").WithSummary("Mengaktifkan verifikasi dua langkah dengan kode dari aplikasi; mengembalikan kode pemulihan (sekali tampil).");
        me.MapPost("/two-factor/disable", async (ClaimsPrincipal caller, UserManager<PamongUser> users, AccountSecurity security) =>
            await AsOfficerAsync(caller, users, async user => Result(await security.DisableAsync(user), _ => Results.NoContent())))
            .WithName("DisableMyTwoFactor").WithSummary("Menonaktifkan verifikasi dua langkah (tidak untuk peran yang mewajibkannya).");
        me.MapPost("/two-factor/recovery-codes", async (ClaimsPrincipal caller, UserManager<PamongUser> users, AccountSecurity security) =>
            await AsOfficerAsync(caller, users, async user => Result(await security.NewRecoveryCodesAsync(user), codes => Results.Ok(new { recoveryCodes = codes }))))
            .WithName("NewMyRecoveryCodes").WithSummary("Membuat 10 kode pemulihan baru (yang lama tidak berlaku).");
    }

    private static async Task<IResult> Me(ClaimsPrincipal caller, UserManager<PamongUser> users, CurrentTenant tenant)
    {
        var permissions = Permissions.All.Where(p =>
            caller.FindAll(ClaimTypes.Role).Any(r => Permissions.Grants(r.Value, p)) || caller.HasClaim(AccountClaims.ScopeClaim, p)).ToList();
        var token = caller.FindFirstValue(AccountClaims.TokenClaim);
        var user = await users.GetUserAsync(caller);
        if (user is null)
        {
            return Results.Ok(new
            {
                kind = "apiKey",
                id = caller.FindFirstValue(ClaimTypes.NameIdentifier),
                name = caller.Identity?.Name,
                tenant = tenant.Id,
                scopes = caller.FindAll(AccountClaims.ScopeClaim).Select(c => c.Value).ToList(),
                permissions,
            });
        }

        return Results.Ok(new
        {
            kind = user.Kind == AccountKind.Staff ? "staff" : "citizen",
            id = user.Id,
            userName = user.UserName,
            fullName = user.FullName,
            tenant = user.TenantId,
            twoFactorEnabled = user.TwoFactorEnabled,
            viaToken = token is null ? null : token,
            roles = caller.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList(),
            grants = caller.FindAll(AccountClaims.GrantClaim).Select(c => c.Value.Split('|')).Where(p => p.Length == 3)
                .Select(p => new { role = p[0], unitId = int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture), regionCode = p[2] }).ToList(),
            permissions,
        });
    }

    /// <summary>Runs <paramref name="work"/> for the signed-in account; a token may not change its own account's security.</summary>
    internal static async Task<IResult> AsOfficerAsync(ClaimsPrincipal caller, UserManager<PamongUser> users, Func<PamongUser, Task<IResult>> work)
    {
        if (caller.HasClaim(c => c.Type == AccountClaims.TokenClaim))
        {
            return Problems.Forbidden("token_not_allowed", "Operasi ini hanya dapat dilakukan setelah masuk dengan kata sandi, bukan dengan token API.");
        }

        var user = await users.GetUserAsync(caller);
        return user is null ? Problems.NotFound("user_not_found", "Akun tidak ditemukan.") : await work(user);
    }

    internal static IResult Result<T>(Outcome<T> outcome, Func<T, IResult> ok) =>
        outcome.Refusal is null ? ok(outcome.Value!) : outcome.Refusal.ToProblem();
}

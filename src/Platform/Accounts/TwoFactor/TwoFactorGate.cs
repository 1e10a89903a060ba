using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Pamong.Platform.Web;

namespace Pamong.Platform.Accounts.TwoFactor;

/// <summary>
/// The one place that makes two-factor sign-in compulsory for the roles in <see cref="Roles.RequireTwoFactor"/>:
/// such an account without it is sent to the enrolment page (pages) or refused (API) everywhere else,
/// until it has enrolled. Signing out stays open.
/// </summary>
internal sealed class TwoFactorGate(RequestDelegate next)
{
    public const string EnrolmentPath = "/akun/dua-langkah";

    private static readonly PathString[] Open = [EnrolmentPath, "/keluar", "/bahasa", "/status", "/akses-ditolak", "/health"];

    public async Task InvokeAsync(HttpContext context)
    {
        if (MustEnrol(context.User) && !Open.Any(p => context.Request.Path.StartsWithSegments(p)))
        {
            if (context.Request.Path.StartsWithSegments("/api"))
            {
                await Problems.Forbidden("two_factor_required",
                    "Peran Anda mewajibkan verifikasi dua langkah. Aktifkan di " + EnrolmentPath + " sebelum memakai API.").ExecuteAsync(context);
                return;
            }

            context.Response.Redirect(EnrolmentPath);
            return;
        }

        await next(context);
    }

    public static bool MustEnrol(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true
        && !user.HasClaim(AccountClaims.TwoFactorClaim, "on")
        && user.FindAll(ClaimTypes.Role).Any(r => Roles.RequireTwoFactor.Contains(r.Value));
}

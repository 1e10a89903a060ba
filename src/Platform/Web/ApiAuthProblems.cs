using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;

namespace Pamong.Platform.Web;

/// <summary>For /api requests, a missing or insufficient sign-in is a 401/403 problem, not a redirect to a page.</summary>
public static class ApiAuthProblems
{
    public static Task WriteOrRedirect(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (!context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.Redirect(context.RedirectUri);
            return Task.CompletedTask;
        }

        return Write(context.HttpContext, status);
    }

    public static Task Write(HttpContext http, int status)
    {
        var (code, title, detail) = status == StatusCodes.Status401Unauthorized
            ? ("authentication_required", "Perlu masuk", "Permintaan ini memerlukan autentikasi (cookie sesi atau token Bearer).")
            : ("permission_denied", "Tidak diizinkan", "Peran Anda tidak memberi izin untuk tindakan ini.");
        return Problems.Create(status, code, title, detail).ExecuteAsync(http);
    }
}

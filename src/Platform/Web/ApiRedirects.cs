using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;

namespace Pamong.Platform.Web;

/// <summary>
/// The sign-in cookie sends a browser to the sign-in or access-denied page; an /api/v1 caller gets 401 or 403
/// instead (answered as problem details by the API's status-code handling).
/// </summary>
public static class ApiRedirects
{
    public static Task ToLogin(RedirectContext<CookieAuthenticationOptions> context) => Answer(context, StatusCodes.Status401Unauthorized);

    public static Task ToAccessDenied(RedirectContext<CookieAuthenticationOptions> context) => Answer(context, StatusCodes.Status403Forbidden);

    private static Task Answer(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}

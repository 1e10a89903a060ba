using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Routing;

namespace Pamong.Platform.Web;

/// <summary>The language switch: a plain link (<c>/bahasa?c=en&amp;kembali=/wilayah</c>) that stores the choice in a cookie.</summary>
public static class CultureSwitch
{
    public static void MapCultureSwitch(this IEndpointRouteBuilder app) =>
        app.MapGet("/bahasa", (string? c, string? kembali, HttpContext http) =>
        {
            var culture = c == "en" ? "en-US" : "id-ID";
            http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
            var back = kembali is { Length: > 0 } && kembali.StartsWith('/') && !kembali.StartsWith("//", StringComparison.Ordinal) ? kembali : "/";
            return Results.LocalRedirect(back);
        }).ExcludeFromDescription();
}

using System.Net;
using System.Text.RegularExpressions;
using Pamong.Platform.Accounts;
using Pamong.Platform.Demo;

namespace Pamong.Tests.Infrastructure;

/// <summary>Signs a test client in through the real sign-in pages (password, then the authenticator code where required).</summary>
public static partial class SignIn
{
    public static async Task SignInAsync(this HttpClient client, string userName, string password = DemoAccounts.Password, string? authenticatorKey = null, TimeProvider? clock = null)
    {
        var response = await client.PostFormAsync("/masuk", new() { ["UserName"] = userName, ["Password"] = password });
        if (response.Headers.Location?.OriginalString.StartsWith("/masuk/dua-langkah", StringComparison.Ordinal) == true)
        {
            var key = authenticatorKey ?? (userName == "admin" ? DemoAccounts.AdminAuthenticatorKey : throw new InvalidOperationException("No authenticator key for " + userName));
            var code = Totp.Code(key, (clock ?? TimeProvider.System).GetUtcNow());
            response = await client.PostFormAsync("/masuk/dua-langkah", new() { ["Code"] = code });
        }

        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.OriginalString.StartsWith("/masuk", StringComparison.Ordinal) == true)
        {
            throw new InvalidOperationException($"Sign-in as {userName} failed: {(int)response.StatusCode} {response.Headers.Location}");
        }
    }

    /// <summary>Posts a form the way a browser does: first GETs the page for its antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string url, Dictionary<string, string> fields, string? pageUrl = null)
    {
        var page = await client.GetStringAsync(pageUrl ?? url);
        var token = AntiforgeryToken().Match(page);
        if (token.Success)
        {
            fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value);
        }

        return await client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}

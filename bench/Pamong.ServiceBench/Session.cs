using System.Net;
using System.Text.RegularExpressions;

namespace Pamong.ServiceBench;

/// <summary>Signs a demo account in through the sign-in form, as a browser does; the client keeps the cookie.</summary>
public static partial class Session
{
    public const string DemoPassword = "Pamong-Demo-2026";

    /// <summary>A client for <paramref name="baseUrl"/> signed in as <paramref name="userName"/> (null: anonymous).</summary>
    public static async Task<HttpClient> ClientAsync(string baseUrl, string? userName, int connections = 16, string password = DemoPassword)
    {
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            CookieContainer = new CookieContainer(),
            UseCookies = true,
            AllowAutoRedirect = false,
        };
        var client = new HttpClient(handler) { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(60) };
        if (userName is null)
        {
            return client;
        }

        using var signIn = await PostFormAsync(client, "/masuk", new() { ["UserName"] = userName, ["Password"] = password });
        if (signIn.StatusCode != HttpStatusCode.Redirect || signIn.Headers.Location?.OriginalString.StartsWith("/masuk", StringComparison.Ordinal) == true)
        {
            client.Dispose();
            throw new InvalidOperationException($"Sign-in as {userName} failed ({(int)signIn.StatusCode}).");
        }

        return client;
    }

    /// <summary>Posts a form the way a browser does: first GETs the page for its antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, Dictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(url);
        var token = Antiforgery().Match(page);
        if (token.Success)
        {
            fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value);
        }

        using var form = new FormUrlEncodedContent(fields);
        return await client.PostAsync(url, form);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();
}

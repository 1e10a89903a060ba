using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Pamong.Tests.Infrastructure;

namespace Pamong.Tests.Accounts;

/// <summary>Small helpers of the account tests: JSON answers, bearer clients, codes from the outbox.</summary>
internal static partial class AccountsTestKit
{
    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();

    public static async Task<string> ProblemCodeAsync(this HttpResponseMessage response) =>
        (await response.JsonAsync()).GetProperty("code").GetString()!;

    /// <summary>An API client that sends <paramref name="secret"/> as a bearer token (no cookies).</summary>
    public static HttpClient Bearer(this PamongApp app, string secret, string? host = null)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            HandleCookies = false,
            BaseAddress = new Uri("http://" + (host ?? "localhost")),
        });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return client;
    }

    /// <summary>The 6-digit code of the latest message the outbox holds for <paramref name="recipient"/>.</summary>
    public static async Task<string> LatestCodeAsync(this PamongApp app, string recipient, string tenant = "banyuwangi")
    {
        var body = await app.WithDb(db => db.OutboxMessages.Where(m => m.Recipient == recipient).OrderByDescending(m => m.Id).Select(m => m.Body).FirstAsync(), tenant);
        return SixDigits().Match(body).Value;
    }

    /// <summary>A personal access token of <paramref name="client"/>'s signed-in officer, made through the API.</summary>
    public static async Task<string> NewPersonalTokenAsync(this HttpClient client, string name = "uji")
    {
        var response = await client.PostAsJsonAsync("/api/v1/me/tokens", new { name });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.JsonAsync()).GetProperty("secret").GetString()!;
    }

    [GeneratedRegex(@"\b\d{6}\b")]
    private static partial Regex SixDigits();
}

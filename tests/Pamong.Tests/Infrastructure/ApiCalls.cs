using System.Net.Http.Json;
using System.Text.Json;

namespace Pamong.Tests.Infrastructure;

/// <summary>Small helpers for calling the JSON API in tests.</summary>
public static class ApiCalls
{
    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static Task<HttpResponseMessage> PutJson<T>(this HttpClient client, string url, T body) => client.PutAsJsonAsync(url, body);

    /// <summary>A GET with extra headers (e.g. X-Access-Reason).</summary>
    public static Task<HttpResponseMessage> GetWith(this HttpClient client, string url, params (string Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        foreach (var (name, value) in headers)
        {
            request.Headers.Add(name, value);
        }

        return client.SendAsync(request);
    }

    /// <summary>The problem's stable code, or null.</summary>
    public static string? ProblemCode(this JsonElement problem) =>
        problem.TryGetProperty("code", out var code) ? code.GetString() : null;

    /// <summary>The messages of one field in a problem's "errors".</summary>
    public static IReadOnlyList<string> ErrorsOf(this JsonElement problem, string field) =>
        problem.TryGetProperty("errors", out var errors) && errors.TryGetProperty(field, out var list)
            ? list.EnumerateArray().Select(e => e.GetString()!).ToList()
            : [];
}

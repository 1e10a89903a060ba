using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Pamong.Tests.Infrastructure;

namespace Pamong.Tests.SpbeAssessment;

/// <summary>Shared steps of the SPBE tests: a fresh year per test, signed-in clients, filling and reviewing through the API.</summary>
internal static class SpbeTestSupport
{
    private static int _year = 2039;

    /// <summary>A year no other test (and no demo data) uses, so tests can share one app.</summary>
    public static int NewYear() => Interlocked.Increment(ref _year);

    public static string Code(int number) => number.ToString(CultureInfo.InvariantCulture);

    public static async Task<HttpClient> SignedInAsync(this PamongApp app, string user)
    {
        var client = app.Browser();
        await client.SignInAsync(user);
        return client;
    }

    public static async Task<int> NewPeriodAsync(this HttpClient admin, string instrumentId = "permenpanrb-59-2020")
    {
        var year = NewYear();
        var response = await admin.PostAsJsonAsync("/api/v1/spbe/periods", new { year, instrumentId });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return year;
    }

    public static async Task<JsonElement> FillAsync(this HttpClient client, int year, string code, int level, int? unit = null)
    {
        var response = await client.PutAsJsonAsync($"/api/v1/spbe/periods/{year}/indicators/{code}",
            new { level, justification = "Bukti " + code, responsibleUnitId = unit });
        Assert.True(response.StatusCode == HttpStatusCode.OK, code + ": " + await response.Content.ReadAsStringAsync());
        return await response.JsonAsync();
    }

    public static async Task FillAllAsync(this HttpClient client, int year, Func<int, int> level, int count = 47)
    {
        for (var i = 1; i <= count; i++)
        {
            await client.FillAsync(year, Code(i), level(i));
        }
    }

    public static async Task<HttpResponseMessage> ReviewAsync(this HttpClient client, int year, string code, string decision = "accept", string? note = null, int? agreedLevel = null) =>
        await client.PostAsJsonAsync($"/api/v1/spbe/periods/{year}/indicators/{code}/review", new { decision, note, agreedLevel });

    public static async Task<JsonElement> PeriodAsync(this HttpClient client, int year) =>
        await (await client.GetAsync($"/api/v1/spbe/periods/{year}")).JsonAsync();

    public static Dictionary<string, int> Levels(Func<int, int> level, int count = 47) =>
        Enumerable.Range(1, count).ToDictionary(Code, level);

    /// <summary>The published value of a domain or aspect in a list of {code, value}.</summary>
    public static double? ValueOf(JsonElement list, string code) =>
        list.EnumerateArray().Where(e => e.GetProperty("code").GetString() == code)
            .Select(e => e.GetProperty("value").ValueKind == JsonValueKind.Null ? (double?)null : e.GetProperty("value").GetDouble())
            .FirstOrDefault();
}

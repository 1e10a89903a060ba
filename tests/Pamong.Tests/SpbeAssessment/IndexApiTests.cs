using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Pamong.Tests.Infrastructure;

namespace Pamong.Tests.SpbeAssessment;

public abstract class IndexApiTests(PamongApp app)
{
    private static Dictionary<string, int> Levels(int count, Func<int, int> level) =>
        Enumerable.Range(1, count).ToDictionary(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture), level);

    private async Task<(HttpStatusCode Status, JsonElement Body)> Post(object body)
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/v1/spbe/index", body);
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    [SkippableTheory]
    [InlineData("permenpanrb-59-2020", 47, 1)]
    [InlineData("permenpanrb-59-2020", 47, 3)]
    [InlineData("permenpanrb-59-2020", 47, 5)]
    [InlineData("permenpanrb-5-2018", 35, 2)]
    [InlineData("permenpanrb-5-2018", 35, 4)]
    public async Task Every_indicator_at_level_k_gives_index_k(string instrument, int indicators, int k)
    {
        app.SkipIfUnavailable();
        var (status, body) = await Post(new { instrumentId = instrument, levels = Levels(indicators, _ => k) });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(k, body.GetProperty("index").GetDouble());
        Assert.All(body.GetProperty("domains").EnumerateArray(), d => Assert.Equal(k, d.GetProperty("value").GetDouble()));
        Assert.All(body.GetProperty("aspects").EnumerateArray(), a => Assert.Equal(k, a.GetProperty("value").GetDouble()));
    }

    [SkippableFact]
    public async Task Mixed_levels_follow_the_regulation_arithmetic_in_this_exact_shape_and_round_half_away_from_zero()
    {
        app.SkipIfUnavailable();
        // 1–10 at 3, 11–20 at 4, 21–31 at 2, 32–41 at 3, 42–47 at 4: exactly 3.265, published 3.27.
        var levels = Levels(47, i => i <= 10 ? 3 : i <= 20 ? 4 : i <= 31 ? 2 : i <= 41 ? 3 : 4);
        var response = await app.CreateClient().PostAsJsonAsync("/api/v1/spbe/index", new { instrumentId = "permenpanrb-59-2020", levels });
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var expected = JsonNode.Parse("""
            {"index":3.27,"predicate":"Baik",
             "domains":[{"code":"D1","value":3},{"code":"D2","value":4},{"code":"D3","value":2},{"code":"D4","value":3.4}],
             "aspects":[{"code":"A1","value":3},{"code":"A2","value":4},{"code":"A3","value":4},{"code":"A4","value":4},
                        {"code":"A5","value":2},{"code":"A6","value":2},{"code":"A7","value":3},{"code":"A8","value":4}]}
            """);
        Assert.True(JsonNode.DeepEquals(expected, json), json.ToJsonString());
    }

    [SkippableFact]
    public async Task Old_reports_with_only_aspect_or_domain_values_still_give_an_index()
    {
        app.SkipIfUnavailable();
        var (status, body) = await Post(new
        {
            instrumentId = "permenpanrb-5-2018",
            aspectValues = new Dictionary<string, double> { ["A1"] = 3, ["A2"] = 2, ["A3"] = 3, ["A4"] = 2, ["A5"] = 3, ["A6"] = 2.5, ["A7"] = 3 },
        });
        Assert.Equal(HttpStatusCode.OK, status);
        // (7×3 + 10×2 + 8×3 + 8×2 + 12×3 + 35×2.5 + 20×3) / 100 = 2.645 → 2.65
        Assert.Equal(2.65, body.GetProperty("index").GetDouble());
        Assert.Equal("Baik", body.GetProperty("predicate").GetString());

        (status, body) = await Post(new { instrumentId = "permenpanrb-59-2020", domainValues = new Dictionary<string, double> { ["D1"] = 4.5, ["D2"] = 4.2, ["D3"] = 4.0, ["D4"] = 4.4 } });
        Assert.Equal(HttpStatusCode.OK, status);
        // (13×4.5 + 25×4.2 + 16.5×4.0 + 45.5×4.4) / 100 = 4.2985 → 4.30
        Assert.Equal(4.3, body.GetProperty("index").GetDouble());
        Assert.Equal("Memuaskan", body.GetProperty("predicate").GetString());
        Assert.Equal(0, body.GetProperty("aspects").GetArrayLength());
    }

    [SkippableFact]
    public async Task Missing_indicators_a_level_outside_one_to_five_and_unknown_codes_are_each_named_in_a_400_problem()
    {
        app.SkipIfUnavailable();
        var levels = Levels(47, _ => 3);
        levels.Remove("12");
        levels.Remove("30");
        levels["5"] = 6;
        levels["99"] = 3;
        var (status, body) = await Post(new { instrumentId = "permenpanrb-59-2020", levels });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("index_input_invalid", body.GetProperty("code").GetString());
        var errors = body.GetProperty("errors");
        foreach (var code in new[] { "12", "30", "5", "99" })
        {
            Assert.True(errors.TryGetProperty(code, out _), "not named: " + code);
        }

        Assert.Contains("12", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_fractional_level_is_refused()
    {
        app.SkipIfUnavailable();
        var levels = Levels(47, _ => 3).ToDictionary(p => p.Key, p => (double)p.Value);
        levels["7"] = 3.5;
        var (status, body) = await Post(new { instrumentId = "permenpanrb-59-2020", levels });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(body.GetProperty("errors").TryGetProperty("7", out _));
    }

    [SkippableFact]
    public async Task Exactly_one_kind_of_input_and_one_instrument_are_required()
    {
        app.SkipIfUnavailable();
        var both = await Post(new { instrumentId = "permenpanrb-59-2020", levels = Levels(47, _ => 3), domainValues = new { D1 = 3 } });
        Assert.Equal("input_choice_invalid", both.Body.GetProperty("code").GetString());
        var none = await Post(new { instrumentId = "permenpanrb-59-2020" });
        Assert.Equal("input_choice_invalid", none.Body.GetProperty("code").GetString());
        var unknown = await Post(new { instrumentId = "permenpanrb-99-2030", levels = Levels(47, _ => 3) });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.Status);
        Assert.Equal("instrument_unknown", unknown.Body.GetProperty("code").GetString());
    }

    [SkippableFact]
    public async Task An_instrument_sent_inline_is_computed_the_same_way()
    {
        app.SkipIfUnavailable();
        // One domain, one aspect, indicators weighted 1 and 199: levels 2 and 1 give exactly 1.005 → 1.01.
        var instrument = new
        {
            domains = new[]
            {
                new { code = "D1", weight = 100, aspects = new[] { new { code = "A1", weight = 100, indicators = new[] { new { code = "1", weight = 1 }, new { code = "2", weight = 199 } } } } },
            },
        };
        var (status, body) = await Post(new { instrument, levels = new Dictionary<string, int> { ["1"] = 2, ["2"] = 1 } });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(1.01, body.GetProperty("index").GetDouble());
        Assert.Equal("Kurang", body.GetProperty("predicate").GetString());

        var broken = await Post(new { instrument = new { domains = Array.Empty<object>() }, levels = new Dictionary<string, int>() });
        Assert.Equal("instrument_invalid", broken.Body.GetProperty("code").GetString());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class IndexApiTestsOnSqlite(SqliteApp app) : IndexApiTests(app);

[Collection(PostgresCollection.Name)]
public sealed class IndexApiTestsOnPostgres(PostgresApp app) : IndexApiTests(app);

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Pamong.Tests.Infrastructure;
using static Pamong.Tests.SpbeAssessment.SpbeTestSupport;

namespace Pamong.Tests.SpbeAssessment;

/// <summary>"Which indicators first?" and "what if?" through the API and the pages, with hand-computed numbers.</summary>
public abstract class GapsAndSimulationTests(PamongApp app)
{
    [SkippableFact]
    public async Task The_simulator_gives_the_regulations_numbers_next_to_the_current_index()
    {
        app.SkipIfUnavailable();
        var admin = await app.SignedInAsync("admin");
        var year = await admin.NewPeriodAsync();
        await admin.FillAllAsync(year, _ => 3);

        // Indicators 15–18 (A3, 2.5 each) and 42 (A8, 3.0) to level 4: 3 + (4 × 2.5 + 3.0) / 100 = 3.13.
        var levels = new Dictionary<string, int> { ["15"] = 4, ["16"] = 4, ["17"] = 4, ["18"] = 4, ["42"] = 4 };
        var response = await admin.PostAsJsonAsync($"/api/v1/spbe/periods/{year}/simulate", new { levels });
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var body = await response.JsonAsync();
        Assert.Equal(3.13, body.GetProperty("index").GetDouble());
        Assert.Equal("Baik", body.GetProperty("predicate").GetString());
        Assert.Equal(3.4, ValueOf(body.GetProperty("domains"), "D2"));   // (10×3 + 10×4 + 5×3) / 25
        Assert.Equal(3.07, ValueOf(body.GetProperty("domains"), "D4"));  // (27.5×3 + 18×3.1667) / 45.5 = 3.0659
        Assert.Equal(4, ValueOf(body.GetProperty("aspects"), "A3"));
        Assert.Equal(3.17, ValueOf(body.GetProperty("aspects"), "A8"));
        Assert.Equal(3, body.GetProperty("current").GetProperty("index").GetDouble());

        // The same numbers as POST /api/v1/spbe/index for the same levels.
        var all = Levels(i => levels.TryGetValue(Code(i), out var l) ? l : 3);
        var index = await (await app.CreateClient().PostAsJsonAsync("/api/v1/spbe/index", new { instrumentId = "permenpanrb-59-2020", levels = all })).JsonAsync();
        Assert.Equal(index.GetProperty("domains").ToString(), body.GetProperty("domains").ToString());

        var page = System.Net.WebUtility.HtmlDecode(await admin.GetStringAsync($"/spbe/{year}/simulasi?t15=4&t16=4&t17=4&t18=4&t42=4"));
        Assert.Contains("3,13", page, StringComparison.Ordinal);
        Assert.Contains("+0,13", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Permintaan tidak valid", page, StringComparison.Ordinal);

        var stored = await admin.PeriodAsync(year);
        Assert.Equal(3, stored.GetProperty("period").GetProperty("index").GetDouble());
    }

    [SkippableFact]
    public async Task Simulating_an_incomplete_period_needs_levels_for_what_is_missing()
    {
        app.SkipIfUnavailable();
        var admin = await app.SignedInAsync("admin");
        var year = await admin.NewPeriodAsync();
        await admin.FillAllAsync(year, _ => 3, count: 46);

        var refused = await admin.PostAsJsonAsync($"/api/v1/spbe/periods/{year}/simulate", new { levels = new { _12 = 4 } });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await refused.JsonAsync();
        Assert.Equal("index_input_invalid", problem.ProblemCode());
        Assert.NotEmpty(problem.ErrorsOf("47"));
        Assert.NotEmpty(problem.ErrorsOf("_12"));

        // 12 to 4 and the missing 47 assumed at 5: 3 + (2.5 + 3.0 × 2) / 100 = 3.085 → 3.09.
        var response = await admin.PostAsJsonAsync($"/api/v1/spbe/periods/{year}/simulate", new { levels = new Dictionary<string, int> { ["12"] = 4 }, fillMissing = 5 });
        var body = await response.JsonAsync();
        Assert.Equal(3.09, body.GetProperty("index").GetDouble());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("current").ValueKind);

        var fractional = await admin.PostAsJsonAsync($"/api/v1/spbe/periods/{year}/simulate", new { levels = new Dictionary<string, double> { ["12"] = 3.5 } });
        Assert.NotEmpty((await fractional.JsonAsync()).ErrorsOf("12"));
    }

    [SkippableFact]
    public async Task Gaps_are_ranked_by_gain_per_level_then_by_gain_to_target_with_the_next_levels_requirement()
    {
        app.SkipIfUnavailable();
        var admin = await app.SignedInAsync("admin");
        var year = await admin.NewPeriodAsync();
        await admin.FillAllAsync(year, i => i switch { 44 => 2, 43 => 5, 1 => 3, _ => 4 });
        var target = await admin.PutAsJsonAsync($"/api/v1/spbe/targets/{year}", new { index = 4.5, levels = new Dictionary<string, int> { ["45"] = 5, ["12"] = 5, ["1"] = 5 } });
        Assert.Equal(HttpStatusCode.OK, target.StatusCode);

        var gaps = await (await admin.GetAsync($"/api/v1/spbe/periods/{year}/gaps")).JsonAsync();
        var order = gaps.GetProperty("indicators").EnumerateArray().Select(r => r.GetProperty("code").GetString()).ToList();
        Assert.Equal(["45", "44", "42", "46", "47", "32"], order.Take(6));
        Assert.DoesNotContain("43", order);
        Assert.Equal(46, order.Count);
        Assert.True(order.IndexOf("12") < order.IndexOf("11"));
        Assert.Equal("1", order[order.IndexOf("21") + 11]); // the A1 group (1.3) starts with the indicator that has a target

        var row44 = gaps.GetProperty("indicators").EnumerateArray().Single(r => r.GetProperty("code").GetString() == "44");
        Assert.Equal(0.03m, row44.GetProperty("gainPerLevel").GetDecimal());
        Assert.Equal(3, row44.GetProperty("next").GetProperty("level").GetInt32());
        Assert.Equal("Transaksi", row44.GetProperty("next").GetProperty("name").GetString());
        var row1 = gaps.GetProperty("indicators").EnumerateArray().Single(r => r.GetProperty("code").GetString() == "1");
        Assert.Equal(0.026m, row1.GetProperty("gainToTarget").GetDecimal());

        var byTarget = await (await admin.GetAsync($"/api/v1/spbe/periods/{year}/gaps?order=target")).JsonAsync();
        Assert.Equal(["45", "1", "12", "44", "42"], byTarget.GetProperty("indicators").EnumerateArray().Select(r => r.GetProperty("code").GetString()).Take(5));

        var page = System.Net.WebUtility.HtmlDecode(await admin.GetStringAsync($"/spbe/{year}/kesenjangan"));
        Assert.Contains("+0,03", page, StringComparison.Ordinal);
        Assert.Contains($"/spbe/{year}/simulasi?t45=5&t12=5&t1=5", page, StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class GapsAndSimulationTestsOnSqlite(SqliteApp app) : GapsAndSimulationTests(app);

[Collection(PostgresCollection.Name)]
public sealed class GapsAndSimulationTestsOnPostgres(PostgresApp app) : GapsAndSimulationTests(app);

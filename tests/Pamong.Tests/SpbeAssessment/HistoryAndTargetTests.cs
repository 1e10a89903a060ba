using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Pamong.Tests.Infrastructure;
using static Pamong.Tests.SpbeAssessment.SpbeTestSupport;

namespace Pamong.Tests.SpbeAssessment;

/// <summary>The demo history, past years entered quickly, targets, and the history page with its charts.</summary>
public abstract class HistoryAndTargetTests(PamongApp app)
{
    [SkippableFact]
    public async Task The_demo_pemda_ships_a_history_from_2018_targets_and_a_2024_period_partly_filled()
    {
        app.SkipIfUnavailable();
        var leader = await app.SignedInAsync("pimpinan");
        var history = (await (await leader.GetAsync("/api/v1/spbe/history")).JsonAsync()).EnumerateArray().ToList();
        JsonElement Year(int year) => history.Single(h => h.GetProperty("year").GetInt32() == year);

        Assert.Equal(3.61, Year(2018).GetProperty("official").GetDouble());
        Assert.Equal("permenpanrb-5-2018", Year(2018).GetProperty("instrumentId").GetString());
        Assert.Equal(3.2, Year(2018).GetProperty("officialDomains").GetProperty("D1").GetDouble());
        Assert.Equal(3.89, Year(2019).GetProperty("official").GetDouble());
        Assert.DoesNotContain(history, h => h.GetProperty("year").GetInt32() == 2020);
        Assert.Equal(4.21, Year(2021).GetProperty("official").GetDouble());
        Assert.Equal(4.61, Year(2022).GetProperty("official").GetDouble());
        Assert.Equal(4.87, Year(2023).GetProperty("official").GetDouble());
        Assert.Equal("Memuaskan", Year(2023).GetProperty("officialPredicate").GetString());
        Assert.Contains("demo", Year(2023).GetProperty("note").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(4.9, Year(2024).GetProperty("target").GetDouble());

        var open = (await leader.PeriodAsync(2024)).GetProperty("period");
        Assert.Equal("Filling", open.GetProperty("status").GetString());
        Assert.True(open.GetProperty("missing").GetInt32() > 0);
        Assert.True(open.GetProperty("filled").GetInt32() > 20);

        var page = System.Net.WebUtility.HtmlDecode(await leader.GetStringAsync("/spbe/riwayat"));
        Assert.Contains("role=\"img\"", page, StringComparison.Ordinal);
        Assert.Contains("<title id=\"spbe-line-title\">", page, StringComparison.Ordinal);
        Assert.Contains("Resmi 2023: 4,87", page, StringComparison.Ordinal);
        var home = System.Net.WebUtility.HtmlDecode(await leader.GetStringAsync("/spbe"));
        Assert.Contains("4,87", home, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_past_year_is_recorded_from_domain_values_only_and_is_read_only()
    {
        app.SkipIfUnavailable();
        var admin = await app.SignedInAsync("admin");
        var year = NewYear();
        var response = await admin.PostAsJsonAsync("/api/v1/spbe/history", new
        {
            year,
            instrumentId = "permenpanrb-5-2018",
            official = new { domainValues = new Dictionary<string, double> { ["D1"] = 2.5, ["D2"] = 3.0, ["D3"] = 2.0 } },
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var period = (await response.JsonAsync()).GetProperty("period");
        // (17×2.5 + 28×3 + 55×2) / 100 = 2.365 → 2.37, Cukup
        Assert.Equal(2.37, period.GetProperty("official").GetProperty("index").GetDouble());
        Assert.Equal("Cukup", period.GetProperty("official").GetProperty("predicate").GetString());
        Assert.True(period.GetProperty("period").GetProperty("isHistory").GetBoolean());

        var fill = await admin.PutAsJsonAsync($"/api/v1/spbe/periods/{year}/indicators/1", new { level = 3 });
        Assert.Equal("period_history", (await fill.JsonAsync()).ProblemCode());
        Assert.Equal("period_exists", (await (await admin.PostAsJsonAsync("/api/v1/spbe/history", new { year, selfIndex = 3 })).JsonAsync()).ProblemCode());
        var empty = await admin.PostAsJsonAsync("/api/v1/spbe/history", new { year = NewYear() });
        Assert.Equal("history_invalid", (await empty.JsonAsync()).ProblemCode());

        var page = await admin.PostFormAsync("/spbe/riwayat/baru?instrumen=permenpanrb-5-2018", new()
        {
            ["instrumen"] = "permenpanrb-5-2018",
            ["Year"] = NewYear().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["SelfIndex"] = "3,2",
            ["OfficialIndex"] = "3,05",
            ["Domains[D1]"] = "3",
        });
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
    }

    [SkippableFact]
    public async Task Targets_are_set_per_year_compared_and_removed()
    {
        app.SkipIfUnavailable();
        var admin = await app.SignedInAsync("admin");
        var year = await admin.NewPeriodAsync();
        await admin.FillAllAsync(year, _ => 4);
        var set = await admin.PutAsJsonAsync($"/api/v1/spbe/targets/{year}", new { index = 4.2, levels = new Dictionary<string, int> { ["21"] = 5 } });
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        var period = await admin.PeriodAsync(year);
        Assert.Equal(4.2, period.GetProperty("target").GetProperty("index").GetDouble());
        Assert.Equal(5, period.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("code").GetString() == "21").GetProperty("targetLevel").GetInt32());

        var bad = await admin.PutAsJsonAsync($"/api/v1/spbe/targets/{year}", new { index = 6, levels = new Dictionary<string, int> { ["99"] = 5 } });
        var problem = await bad.JsonAsync();
        Assert.Equal("target_invalid", problem.ProblemCode());
        Assert.NotEmpty(problem.ErrorsOf("index"));
        Assert.NotEmpty(problem.ErrorsOf("levels"));

        var form = await admin.PostFormAsync($"/spbe/target/{year}", new() { ["Index"] = "4,3", ["Levels[21]"] = "5", ["Levels[22]"] = "4" });
        Assert.Equal(HttpStatusCode.Redirect, form.StatusCode);
        var targets = await (await admin.GetAsync("/api/v1/spbe/targets")).JsonAsync();
        var mine = targets.EnumerateArray().Single(t => t.GetProperty("year").GetInt32() == year);
        Assert.Equal(4.3, mine.GetProperty("index").GetDouble());
        Assert.Equal(2, mine.GetProperty("levels").EnumerateObject().Count());

        var removed = await admin.PutAsJsonAsync($"/api/v1/spbe/targets/{year}", new { });
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Equal(JsonValueKind.Null, (await admin.PeriodAsync(year)).GetProperty("target").ValueKind);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class HistoryAndTargetTestsOnSqlite(SqliteApp app) : HistoryAndTargetTests(app);

[Collection(PostgresCollection.Name)]
public sealed class HistoryAndTargetTestsOnPostgres(PostgresApp app) : HistoryAndTargetTests(app);

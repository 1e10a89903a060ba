using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Pamong.Tests.Infrastructure;
using static Pamong.Tests.SpbeAssessment.SpbeTestSupport;

namespace Pamong.Tests.SpbeAssessment;

/// <summary>The result KemenPAN-RB publishes, entered next to the self-assessment and compared.</summary>
public abstract class OfficialComparisonTests(PamongApp app)
{
    [SkippableFact]
    public async Task Official_levels_are_compared_with_the_self_assessment_per_indicator_aspect_and_domain()
    {
        app.SkipIfUnavailable();
        var admin = await app.SignedInAsync("admin");
        var year = await admin.NewPeriodAsync();
        await admin.FillAllAsync(year, _ => 3);

        // KemenPAN-RB gives indicator 42 level 1 and indicator 5 level 4; everything else as claimed.
        var levels = Levels(_ => 3);
        levels["42"] = 1;
        levels["5"] = 4;
        var put = await admin.PutAsJsonAsync($"/api/v1/spbe/periods/{year}/official", new { levels, source = "Surat B/123/2026" });
        Assert.True(put.StatusCode == HttpStatusCode.OK, await put.Content.ReadAsStringAsync());
        var official = (await put.JsonAsync()).GetProperty("official");
        // index = 3 + (1.3 × 1 − 3.0 × 2) / 100 = 2.953 → 2.95, predicate Baik; A8 = 3 − 2 × 3/18 = 2.67
        Assert.Equal(2.95, official.GetProperty("index").GetDouble());
        Assert.Equal("Baik", official.GetProperty("predicate").GetString());
        Assert.Equal(2.67, official.GetProperty("aspects").GetProperty("A8").GetDouble());

        var comparison = await (await admin.GetAsync($"/api/v1/spbe/periods/{year}/comparison")).JsonAsync();
        Assert.Equal(3, comparison.GetProperty("selfIndex").GetDouble());
        Assert.Equal(-0.05, comparison.GetProperty("indexDifference").GetDouble());
        var rows = comparison.GetProperty("rows").EnumerateArray().ToList();
        var differing = rows.Where(r => r.GetProperty("differs").GetBoolean()).Select(r => r.GetProperty("scope").GetString() + ":" + r.GetProperty("code").GetString()).ToList();
        Assert.Equal(["Domain:D1", "Domain:D4", "Aspect:A1", "Aspect:A8", "Indicator:5", "Indicator:42"], differing);
        var row42 = rows.Single(r => r.GetProperty("code").GetString() == "42");
        Assert.Equal(-2, row42.GetProperty("difference").GetDouble());

        var page = System.Net.WebUtility.HtmlDecode(await admin.GetStringAsync($"/spbe/{year}/perbandingan?beda=true"));
        Assert.Contains("spbe-differs", page, StringComparison.Ordinal);
        Assert.Contains("−2", page, StringComparison.Ordinal);
        Assert.Contains($"/spbe/{year}/indikator/42\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"/spbe/{year}/indikator/2\"", page, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task An_official_index_that_differs_from_its_detail_is_kept_with_a_warning_and_bad_values_are_named()
    {
        app.SkipIfUnavailable();
        var admin = await app.SignedInAsync("admin");
        var year = await admin.NewPeriodAsync();
        var domains = new Dictionary<string, double> { ["D1"] = 4.5, ["D2"] = 4.2, ["D3"] = 4.0, ["D4"] = 4.4 }; // gives 4.2985 → 4.30
        var put = await admin.PutAsJsonAsync($"/api/v1/spbe/periods/{year}/official", new { index = 4.31, domainValues = domains });
        var body = await put.JsonAsync();
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(4.31, body.GetProperty("official").GetProperty("index").GetDouble());
        Assert.Equal("Memuaskan", body.GetProperty("official").GetProperty("predicate").GetString());
        Assert.Single(body.GetProperty("warnings").EnumerateArray());

        var bad = await admin.PutAsJsonAsync($"/api/v1/spbe/periods/{year}/official", new { domainValues = new Dictionary<string, double> { ["D1"] = 6, ["D9"] = 3 }, predicate = "Luar Biasa" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var problem = await bad.JsonAsync();
        Assert.Equal("official_invalid", problem.ProblemCode());
        Assert.Equal(2, problem.ErrorsOf("domainValues").Count);
        Assert.NotEmpty(problem.ErrorsOf("predicate"));

        var none = await admin.PutAsJsonAsync($"/api/v1/spbe/periods/{year}/official", new { domainValues = new Dictionary<string, double> { ["D1"] = 4 } });
        Assert.NotEmpty((await none.JsonAsync()).ErrorsOf("index"));
    }

    [SkippableFact]
    public async Task The_official_result_is_entered_on_its_page_with_decimal_commas()
    {
        app.SkipIfUnavailable();
        var admin = await app.SignedInAsync("admin");
        var year = await admin.NewPeriodAsync();
        var response = await admin.PostFormAsync($"/spbe/{year}/resmi", new()
        {
            ["Index"] = "3,71",
            ["Predicate"] = "",
            ["Source"] = "Keputusan MenPANRB",
            ["Domains[D1]"] = "3,5",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var official = await (await admin.GetAsync($"/api/v1/spbe/periods/{year}/official")).JsonAsync();
        Assert.Equal(3.71, official.GetProperty("index").GetDouble());
        Assert.Equal("Sangat Baik", official.GetProperty("predicate").GetString());
        Assert.Equal(3.5, official.GetProperty("domains").GetProperty("D1").GetDouble());

        var wrong = await admin.PostFormAsync($"/spbe/{year}/resmi", new() { ["Index"] = "tiga" });
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("aria-invalid=\"true\"", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_locked_period_still_takes_its_official_result()
    {
        app.SkipIfUnavailable();
        var admin = await app.SignedInAsync("admin");
        var history = await admin.PostAsJsonAsync("/api/v1/spbe/history", new { year = NewYear(), instrumentId = "permenpanrb-59-2020", selfIndex = 3.9 });
        Assert.Equal(HttpStatusCode.Created, history.StatusCode);
        var year = (await history.JsonAsync()).GetProperty("period").GetProperty("period").GetProperty("year").GetInt32();
        var put = await admin.PutAsJsonAsync($"/api/v1/spbe/periods/{year}/official", new { index = 3.8 });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal("Sangat Baik", (await put.JsonAsync()).GetProperty("official").GetProperty("predicate").GetString());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class OfficialComparisonTestsOnSqlite(SqliteApp app) : OfficialComparisonTests(app);

[Collection(PostgresCollection.Name)]
public sealed class OfficialComparisonTestsOnPostgres(PostgresApp app) : OfficialComparisonTests(app);

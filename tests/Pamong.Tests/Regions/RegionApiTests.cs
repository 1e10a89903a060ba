using System.Net;
using System.Text.Json;
using Pamong.Tests.Infrastructure;

namespace Pamong.Tests.Regions;

public abstract class RegionApiTests(PamongApp app)
{
    private async Task<(HttpStatusCode Status, string Body, string? ContentType)> Get(string url)
    {
        var response = await app.CreateClient().GetAsync(url);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response.Content.Headers.ContentType?.MediaType);
    }

    private static JsonElement Json(string body) => JsonDocument.Parse(body).RootElement;

    [SkippableFact]
    public async Task Regency_is_returned_in_the_published_shape()
    {
        app.SkipIfUnavailable();
        var (status, body, type) = await Get("/api/v1/regions/35.10");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("application/json", type);
        Assert.Equal("""{"code":"35.10","name":"Kabupaten Banyuwangi","level":"regency","parentCode":"35"}""", body);
    }

    [SkippableFact]
    public async Task Province_has_a_null_parent_code()
    {
        app.SkipIfUnavailable();
        var (status, body, _) = await Get("/api/v1/regions/35");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("""{"code":"35","name":"Jawa Timur","level":"province","parentCode":null}""", body);
    }

    [SkippableFact]
    public async Task District_and_village_have_their_levels()
    {
        app.SkipIfUnavailable();
        Assert.Equal("""{"code":"35.10.15","name":"Glagah","level":"district","parentCode":"35.10"}""", (await Get("/api/v1/regions/35.10.15")).Body);
        Assert.Equal("""{"code":"35.10.15.2004","name":"Kemiren","level":"village","parentCode":"35.10.15"}""", (await Get("/api/v1/regions/35.10.15.2004")).Body);
    }

    [SkippableTheory]
    [InlineData("35.99")]
    [InlineData("99")]
    [InlineData("35.10.15.9999")]
    public async Task Unknown_code_is_a_404_problem_region_not_found(string code)
    {
        app.SkipIfUnavailable();
        foreach (var url in new[] { $"/api/v1/regions/{code}", $"/api/v1/regions/{code}/children" })
        {
            var (status, body, type) = await Get(url);

            Assert.Equal(HttpStatusCode.NotFound, status);
            Assert.Equal("application/problem+json", type);
            Assert.Equal("region_not_found", Json(body).GetProperty("code").GetString());
            Assert.Equal(404, Json(body).GetProperty("status").GetInt32());
            Assert.Contains(code, Json(body).GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
    }

    [SkippableTheory]
    [InlineData("3510")]
    [InlineData("35.1")]
    [InlineData("35-10")]
    [InlineData("ab")]
    [InlineData("35.10.15.20045")]
    [InlineData("35.10.")]
    public async Task Malformed_code_is_a_400_problem_region_code_invalid(string code)
    {
        app.SkipIfUnavailable();
        foreach (var url in new[] { $"/api/v1/regions/{code}", $"/api/v1/regions/{code}/children" })
        {
            var (status, body, type) = await Get(url);

            Assert.Equal(HttpStatusCode.BadRequest, status);
            Assert.Equal("application/problem+json", type);
            Assert.Equal("region_code_invalid", Json(body).GetProperty("code").GetString());
        }
    }

    [SkippableFact]
    public async Task Children_of_Banyuwangi_are_its_25_districts_ordered_by_code()
    {
        app.SkipIfUnavailable();
        var (status, body, _) = await Get("/api/v1/regions/35.10/children");

        Assert.Equal(HttpStatusCode.OK, status);
        var children = Json(body).EnumerateArray().ToList();
        Assert.Equal(25, children.Count);
        var codes = children.Select(c => c.GetProperty("code").GetString()!).ToList();
        Assert.Equal(codes.Order(StringComparer.Ordinal), codes);
        Assert.Equal("35.10.01", codes[0]);
        Assert.Equal("35.10.25", codes[^1]);
        Assert.StartsWith("""[{"code":"35.10.01","name":"Pesanggaran","level":"district","parentCode":"35.10"},""", body, StringComparison.Ordinal);
        Assert.All(children, c => Assert.Equal("district", c.GetProperty("level").GetString()));
    }

    [SkippableFact]
    public async Task Banyuwangi_has_217_villages_across_its_districts()
    {
        app.SkipIfUnavailable();
        var districts = Json((await Get("/api/v1/regions/35.10/children")).Body).EnumerateArray().Select(d => d.GetProperty("code").GetString()).ToList();

        var villages = 0;
        foreach (var district in districts)
        {
            var children = Json((await Get($"/api/v1/regions/{district}/children")).Body).EnumerateArray().ToList();
            Assert.All(children, v => Assert.Equal(district, v.GetProperty("parentCode").GetString()));
            villages += children.Count;
        }

        Assert.Equal(217, villages);
    }

    [SkippableFact]
    public async Task Village_has_no_children()
    {
        app.SkipIfUnavailable();
        var (status, body, _) = await Get("/api/v1/regions/35.10.15.2004/children");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("[]", body);
    }

    [SkippableFact]
    public async Task Search_by_name_returns_the_exact_paged_shape()
    {
        app.SkipIfUnavailable();
        var (status, body, _) = await Get("/api/v1/regions?q=KEMIREN");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(
            """{"items":[{"code":"33.08.05.2016","name":"Kemiren","level":"village","parentCode":"33.08.05"},{"code":"35.10.15.2004","name":"Kemiren","level":"village","parentCode":"35.10.15"}],"page":1,"pageSize":20,"total":2}""",
            body);
    }

    [SkippableFact]
    public async Task Search_is_ordered_by_level_then_code_and_paged()
    {
        app.SkipIfUnavailable();
        var all = Json((await Get("/api/v1/regions?q=banyuwangi&pageSize=200")).Body);
        var total = all.GetProperty("total").GetInt32();
        var items = all.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(total, items.Count);
        Assert.True(total > 4);
        Assert.Equal("35.10", items[0].GetProperty("code").GetString());
        Assert.Equal("35.10.16", items[1].GetProperty("code").GetString());
        var levels = items.Select(i => Level(i.GetProperty("level").GetString())).ToList();
        Assert.Equal(levels.Order(), levels);

        var second = Json((await Get("/api/v1/regions?q=banyuwangi&page=2&pageSize=4")).Body);
        Assert.Equal(2, second.GetProperty("page").GetInt32());
        Assert.Equal(4, second.GetProperty("pageSize").GetInt32());
        Assert.Equal(total, second.GetProperty("total").GetInt32());
        Assert.Equal(
            items.Skip(4).Take(4).Select(i => i.GetProperty("code").GetString()),
            second.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("code").GetString()));

        var beyond = Json((await Get("/api/v1/regions?q=banyuwangi&page=99")).Body);
        Assert.Empty(beyond.GetProperty("items").EnumerateArray());
        Assert.Equal(total, beyond.GetProperty("total").GetInt32());
    }

    private static int Level(string? name) => Array.IndexOf(["province", "regency", "district", "village"], name);

    [SkippableFact]
    public async Task Search_by_code_prefix_with_a_level_finds_the_217_villages_of_Banyuwangi()
    {
        app.SkipIfUnavailable();
        var dotted = Json((await Get("/api/v1/regions?q=35.10&level=village&pageSize=5")).Body);
        Assert.Equal(217, dotted.GetProperty("total").GetInt32());
        Assert.Equal(5, dotted.GetProperty("items").GetArrayLength());
        Assert.All(dotted.GetProperty("items").EnumerateArray(), i => Assert.StartsWith("35.10.", i.GetProperty("code").GetString(), StringComparison.Ordinal));

        var compact = Json((await Get("/api/v1/regions?q=3510&level=village")).Body);
        Assert.Equal(217, compact.GetProperty("total").GetInt32());

        var everything = Json((await Get("/api/v1/regions?q=35.10")).Body);
        Assert.Equal(1 + 25 + 217, everything.GetProperty("total").GetInt32());
    }

    [SkippableFact]
    public async Task Without_a_query_the_provinces_are_listed()
    {
        app.SkipIfUnavailable();
        var first = Json((await Get("/api/v1/regions")).Body);
        Assert.Equal(38, first.GetProperty("total").GetInt32());
        Assert.Equal(20, first.GetProperty("items").GetArrayLength());
        Assert.Equal("""{"code":"11","name":"Aceh","level":"province","parentCode":null}""", first.GetProperty("items")[0].GetRawText());

        var regencies = Json((await Get("/api/v1/regions?level=regency&pageSize=1")).Body);
        Assert.Equal(514, regencies.GetProperty("total").GetInt32());
    }

    [SkippableTheory]
    [InlineData("q=a", "query_too_short")]
    [InlineData("q=%20b%20", "query_too_short")]
    [InlineData("q=", "query_too_short")]
    [InlineData("q=banyuwangi&level=kabupaten", "region_level_invalid")]
    public async Task Bad_search_is_a_400_problem(string query, string code)
    {
        app.SkipIfUnavailable();
        var (status, body, type) = await Get("/api/v1/regions?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("application/problem+json", type);
        Assert.Equal(code, Json(body).GetProperty("code").GetString());
    }

    [SkippableFact]
    public async Task Page_size_is_clamped()
    {
        app.SkipIfUnavailable();
        var body = Json((await Get("/api/v1/regions?q=an&pageSize=5000&page=0")).Body);

        Assert.Equal(200, body.GetProperty("pageSize").GetInt32());
        Assert.Equal(1, body.GetProperty("page").GetInt32());
        Assert.Equal(200, body.GetProperty("items").GetArrayLength());
    }

    [SkippableFact]
    public async Task Region_endpoints_are_in_the_OpenApi_document()
    {
        app.SkipIfUnavailable();
        var json = await app.CreateClient().GetStringAsync("/openapi/v1.json");

        Assert.Contains("\"/api/v1/regions/{code}\"", json, StringComparison.Ordinal);
        Assert.Contains("\"/api/v1/regions/{code}/children\"", json, StringComparison.Ordinal);
        Assert.Contains("\"/api/v1/regions\"", json, StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class RegionApiTestsOnSqlite(SqliteApp app) : RegionApiTests(app);

[Collection(PostgresCollection.Name)]
public sealed class RegionApiTestsOnPostgres(PostgresApp app) : RegionApiTests(app);

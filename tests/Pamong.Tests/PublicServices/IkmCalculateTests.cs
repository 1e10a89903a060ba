using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Pamong.PublicServices.Satisfaction;
using Pamong.Tests.Infrastructure;

namespace Pamong.Tests.PublicServices;

public abstract class IkmCalculateTests(PamongApp app)
{
    [SkippableFact]
    public async Task The_example_of_the_regulation_arithmetic_comes_back_in_this_exact_shape()
    {
        app.SkipIfUnavailable();
        var response = await app.CreateClient().PostAsJsonAsync("/api/v1/ikm/calculate",
            new { responses = new[] { new[] { 4, 3, 3, 4, 4, 3, 4, 3, 4 }, new[] { 3, 3, 2, 4, 3, 3, 3, 3, 3 } } });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync());
        var expected = JsonNode.Parse("""
            {"respondents":2,"nrr":[3.5,3.0,2.5,4.0,3.5,3.0,3.5,3.0,3.5],"ikm":3.278,"converted":81.94,"grade":"B","performance":"Baik"}
            """);
        Assert.True(JsonNode.DeepEquals(expected, json), json!.ToJsonString());
    }

    [SkippableFact]
    public async Task A_response_with_a_wrong_count_or_a_value_outside_one_to_four_is_named_by_its_index()
    {
        app.SkipIfUnavailable();
        var response = await app.CreateClient().PostAsJsonAsync("/api/v1/ikm/calculate",
            new { responses = new[] { new[] { 4, 4, 4, 4, 4, 4, 4, 4, 4 }, new[] { 4, 4, 4 }, new[] { 4, 4, 4, 4, 5, 4, 4, 4, 4 } } });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("ikm_response_invalid", body.GetProperty("code").GetString());
        Assert.True(body.GetProperty("errors").TryGetProperty("responses[1]", out _));
        Assert.True(body.GetProperty("errors").TryGetProperty("responses[2]", out _));
        Assert.False(body.GetProperty("errors").TryGetProperty("responses[0]", out _));
    }

    [SkippableFact]
    public async Task No_responses_is_a_problem()
    {
        app.SkipIfUnavailable();
        var response = await app.CreateClient().PostAsJsonAsync("/api/v1/ikm/calculate", new { responses = Array.Empty<int[]>() });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("responses_required", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class IkmCalculateTestsOnSqlite(SqliteApp app) : IkmCalculateTests(app);

[Collection(PostgresCollection.Name)]
public sealed class IkmCalculateTestsOnPostgres(PostgresApp app) : IkmCalculateTests(app);

public sealed class IkmArithmeticTests
{
    [Theory]
    [InlineData(88.31, "A")]
    [InlineData(88.30, "B")]
    [InlineData(76.61, "B")]
    [InlineData(76.60, "C")]
    [InlineData(65.00, "C")]
    [InlineData(64.99, "D")]
    public void Grades_follow_the_lower_bounds_of_the_regulation(double converted, string grade) =>
        Assert.Equal(grade, Ikm.GradeOf((decimal)converted).Grade);

    [Fact]
    public void All_answers_four_give_one_hundred_and_all_ones_twenty_five()
    {
        var best = Ikm.Calculate([Enumerable.Repeat(4, 9).ToList()]);
        var worst = Ikm.Calculate([Enumerable.Repeat(1, 9).ToList()]);
        Assert.Equal(100m, best.PublishedConverted);
        Assert.Equal("A", best.Grade);
        Assert.Equal(25m, worst.PublishedConverted);
        Assert.Equal("D", worst.Grade);
    }

    [Fact]
    public void The_weight_is_exactly_one_ninth_not_the_printed_0_11()
    {
        // Every element 3: with 1/9 the index is 3.000; with the printed 0.11 it would be 2.97.
        var result = Ikm.Calculate([Enumerable.Repeat(3, 9).ToList()]);
        Assert.Equal(3.000m, result.PublishedIndex);
        Assert.Equal(75.00m, result.PublishedConverted);
    }
}

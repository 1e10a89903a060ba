using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Pamong.Tests.Infrastructure;
using static Pamong.Tests.SpbeAssessment.SpbeTestSupport;

namespace Pamong.Tests.SpbeAssessment;

/// <summary>The whole self-assessment through the API: fill all 47 indicators, submit, review, lock, then nothing changes.</summary>
public abstract class AssessmentJourneyTests(PamongApp app)
{
    private static int Mixed(int i) => i <= 10 ? 3 : i <= 20 ? 4 : i <= 31 ? 2 : i <= 41 ? 3 : 4;

    [SkippableFact]
    public async Task A_full_self_assessment_is_filled_reviewed_and_locked_and_its_index_is_the_regulations_arithmetic()
    {
        app.SkipIfUnavailable();
        var admin = await app.SignedInAsync("admin");
        var year = await admin.NewPeriodAsync();
        await admin.FillAllAsync(year, Mixed);

        // The review team cannot start before the period is submitted, and the period cannot be locked yet.
        var reviewer = await app.SignedInAsync("inspektur");
        Assert.Equal("period_not_in_review", (await (await reviewer.ReviewAsync(year, "1")).JsonAsync()).ProblemCode());
        Assert.Equal("period_not_submitted", (await (await reviewer.PostAsync($"/api/v1/spbe/periods/{year}/lock", null)).JsonAsync()).ProblemCode());

        var submitted = await admin.PostAsync($"/api/v1/spbe/periods/{year}/submit", null);
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);

        // The reviewer agrees a lower level for indicator 12 (4 → 2): the index counts the agreed level.
        for (var i = 1; i <= 46; i++)
        {
            var review = await reviewer.ReviewAsync(year, Code(i), agreedLevel: i == 12 ? 2 : null);
            Assert.True(review.StatusCode == HttpStatusCode.OK, await review.Content.ReadAsStringAsync());
        }

        var early = await reviewer.PostAsync($"/api/v1/spbe/periods/{year}/lock", null);
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Equal("period_not_reviewed", (await early.JsonAsync()).ProblemCode());

        Assert.Equal(HttpStatusCode.OK, (await reviewer.ReviewAsync(year, "47")).StatusCode);
        var locked = await reviewer.PostAsync($"/api/v1/spbe/periods/{year}/lock", null);
        Assert.True(locked.StatusCode == HttpStatusCode.OK, await locked.Content.ReadAsStringAsync());

        var period = await admin.PeriodAsync(year);
        Assert.Equal("Locked", period.GetProperty("period").GetProperty("status").GetString());
        var levels = Levels(Mixed);
        levels["12"] = 2;
        var expected = await (await app.CreateClient().PostAsJsonAsync("/api/v1/spbe/index", new { instrumentId = "permenpanrb-59-2020", levels })).JsonAsync();
        Assert.Equal(expected.GetProperty("index").GetDouble(), period.GetProperty("period").GetProperty("index").GetDouble());
        Assert.Equal(3.22, period.GetProperty("period").GetProperty("index").GetDouble()); // 3.265 − 2 levels × 0.025
        Assert.Equal(expected.GetProperty("predicate").GetString(), period.GetProperty("period").GetProperty("predicate").GetString());
        foreach (var domain in expected.GetProperty("domains").EnumerateArray())
        {
            Assert.Equal(domain.GetProperty("value").GetDouble(), ValueOf(period.GetProperty("domains"), domain.GetProperty("code").GetString()!));
        }

        var audited = await app.WithDb(db => db.AuditRecords.CountAsync(r => r.Subject == "IndicatorAnswer"));
        Assert.True(audited >= 47 * 2);
    }

    [SkippableFact]
    public async Task A_locked_period_refuses_every_change_to_the_self_assessment()
    {
        app.SkipIfUnavailable();
        var admin = await app.SignedInAsync("admin");
        var reviewer = await app.SignedInAsync("inspektur");
        var year = await admin.NewPeriodAsync();
        await admin.FillAllAsync(year, _ => 3);
        await admin.PostAsync($"/api/v1/spbe/periods/{year}/submit", null);
        for (var i = 1; i <= 47; i++)
        {
            await reviewer.ReviewAsync(year, Code(i));
        }

        Assert.Equal(HttpStatusCode.OK, (await reviewer.PostAsync($"/api/v1/spbe/periods/{year}/lock", null)).StatusCode);

        var url = $"/api/v1/spbe/periods/{year}/indicators/5";
        var attempts = new[]
        {
            await admin.PutAsJsonAsync(url, new { level = 4 }),
            await admin.PostAsJsonAsync(url + "/evidence", new { url = "https://example.org/bukti" }),
            await reviewer.ReviewAsync(year, "5", "return", "ubah"),
            await admin.PostAsync($"/api/v1/spbe/periods/{year}/submit", null),
            await reviewer.PostAsync($"/api/v1/spbe/periods/{year}/lock", null),
        };
        foreach (var attempt in attempts)
        {
            Assert.Equal(HttpStatusCode.Conflict, attempt.StatusCode);
            Assert.Equal("period_locked", (await attempt.JsonAsync()).ProblemCode());
        }

        Assert.Equal(3, (await admin.PeriodAsync(year)).GetProperty("period").GetProperty("index").GetDouble());

        // The page refuses too: the form is gone and a forged post changes nothing.
        var page = await admin.GetStringAsync($"/spbe/{year}/indikator/5");
        Assert.DoesNotContain("name=\"Input.Level\"", page, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_period_cannot_be_submitted_while_indicators_are_missing_and_a_year_has_one_period()
    {
        app.SkipIfUnavailable();
        var admin = await app.SignedInAsync("admin");
        var year = await admin.NewPeriodAsync();
        await admin.FillAsync(year, "1", 3);
        var submit = await admin.PostAsync($"/api/v1/spbe/periods/{year}/submit", null);
        Assert.Equal(HttpStatusCode.Conflict, submit.StatusCode);
        var problem = await submit.JsonAsync();
        Assert.Equal("period_incomplete", problem.ProblemCode());
        Assert.Contains("46", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var again = await admin.PostAsJsonAsync("/api/v1/spbe/periods", new { year });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("period_exists", (await again.JsonAsync()).ProblemCode());

        var unknown = await admin.PostAsJsonAsync("/api/v1/spbe/periods", new { year = NewYear(), instrumentId = "tidak-ada" });
        Assert.Equal("period_invalid", (await unknown.JsonAsync()).ProblemCode());
        Assert.NotEmpty((await unknown.JsonAsync()).ErrorsOf("instrumentId"));
    }

    [SkippableFact]
    public async Task Partial_inputs_show_partial_results()
    {
        app.SkipIfUnavailable();
        var admin = await app.SignedInAsync("admin");
        var year = await admin.NewPeriodAsync();
        for (var i = 1; i <= 10; i++)
        {
            await admin.FillAsync(year, Code(i), i <= 5 ? 4 : 2); // A1 = 3 exactly
        }

        await admin.FillAsync(year, "11", 5); // A2 still incomplete

        var period = await admin.PeriodAsync(year);
        var row = period.GetProperty("period");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, row.GetProperty("index").ValueKind);
        Assert.Equal(36, row.GetProperty("missing").GetInt32());
        Assert.Equal(11, row.GetProperty("filled").GetInt32());
        Assert.Equal(3, ValueOf(period.GetProperty("aspects"), "A1"));
        Assert.Null(ValueOf(period.GetProperty("aspects"), "A2"));
        Assert.Equal(3, ValueOf(period.GetProperty("domains"), "D1"));
        Assert.Null(ValueOf(period.GetProperty("domains"), "D2"));

        var page = await admin.GetStringAsync($"/spbe/{year}");
        Assert.Contains("36", page, StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AssessmentJourneyTestsOnSqlite(SqliteApp app) : AssessmentJourneyTests(app);

[Collection(PostgresCollection.Name)]
public sealed class AssessmentJourneyTestsOnPostgres(PostgresApp app) : AssessmentJourneyTests(app);

using System.Net;
using Pamong.Tests.Infrastructure;

namespace Pamong.Tests.PublicServices;

public abstract class HolidaysApiTests(PamongApp app)
{
    [SkippableFact]
    public async Task Holidays_are_added_imported_and_removed_by_an_administrator_and_change_the_working_day_arithmetic()
    {
        app.SkipIfUnavailable();
        var admin = app.Browser();
        await admin.SignInAsync("admin");
        var year = 2100 + Random.Shared.Next(800);

        var start = $"{year}-01-04";
        var before = await (await app.CreateClient().GetAsync($"/api/v1/working-days?from={start}&days=1")).JsonAsync();
        var next = before.GetProperty("dueOn").GetString()!;

        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().PostJson("/api/v1/holidays", new { date = next, name = "Uji" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await admin.PostJson("/api/v1/holidays", new { date = next, name = "Libur uji" })).StatusCode);
        var conflict = await admin.PostJson("/api/v1/holidays", new { date = next, name = "Lagi" });
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Equal("holiday_exists", (await conflict.JsonAsync()).ProblemCode());

        var after = await (await app.CreateClient().GetAsync($"/api/v1/working-days?from={start}&days=1")).JsonAsync();
        Assert.True(string.CompareOrdinal(after.GetProperty("dueOn").GetString(), next) > 0);

        var import = await admin.PostJson("/api/v1/holidays/import", new { list = $"{year}-08-17 Hari Kemerdekaan\n{next} Libur uji\n" });
        Assert.Equal(HttpStatusCode.OK, import.StatusCode);
        var summary = await import.JsonAsync();
        Assert.Equal(1, summary.GetProperty("added").GetInt32());
        Assert.Equal(1, summary.GetProperty("alreadyThere").GetInt32());
        var bad = await admin.PostJson("/api/v1/holidays/import", new { list = $"{year}-09-01 Baik\nsalah" });
        Assert.Equal("holiday_import_invalid", (await bad.JsonAsync()).ProblemCode());

        var listed = await (await app.CreateClient().GetAsync($"/api/v1/holidays?year={year}")).JsonAsync();
        Assert.Equal(2, listed.GetArrayLength());

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/holidays/{next}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.DeleteAsync($"/api/v1/holidays/{next}")).StatusCode);
        var count = await (await app.CreateClient().GetAsync($"/api/v1/working-days?from={start}&to={next}")).JsonAsync();
        Assert.Equal(1, count.GetProperty("workingDays").GetInt32());

        var invalid = await admin.PostJson("/api/v1/holidays", new { date = "17-08-2026", name = "" });
        var problem = await invalid.JsonAsync();
        Assert.NotEmpty(problem.ErrorsOf("date"));
        Assert.NotEmpty(problem.ErrorsOf("name"));
    }

    [SkippableFact]
    public async Task The_demo_calendar_counts_a_deadline_over_christmas()
    {
        app.SkipIfUnavailable();
        // Thursday 24 December 2026 + 1 working day: Friday 25th is Christmas, then the weekend.
        var due = await (await app.CreateClient().GetAsync("/api/v1/working-days?from=2026-12-24&days=1")).JsonAsync();
        Assert.Equal("2026-12-28", due.GetProperty("dueOn").GetString());
        var bad = await app.CreateClient().GetAsync("/api/v1/working-days?from=kemarin&days=1");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class HolidaysApiTestsOnSqlite(SqliteApp app) : HolidaysApiTests(app);

[Collection(PostgresCollection.Name)]
public sealed class HolidaysApiTestsOnPostgres(PostgresApp app) : HolidaysApiTests(app);

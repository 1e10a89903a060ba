using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Pamong.Tests.Infrastructure;
using static Pamong.Tests.SpbeAssessment.SpbeTestSupport;

namespace Pamong.Tests.SpbeAssessment;

/// <summary>Who may read, fill, review, submit and lock.</summary>
public abstract class PermissionTests(PamongApp app)
{
    [SkippableFact]
    public async Task A_desa_operator_cannot_see_spbe_anywhere()
    {
        app.SkipIfUnavailable();
        var desa = await app.SignedInAsync("desa");
        var page = await desa.GetAsync("/spbe");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/akses-ditolak", page.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await desa.GetAsync("/api/v1/spbe/periods")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await desa.GetAsync("/api/v1/spbe/periods/2024/indicators/1")).StatusCode);
        Assert.DoesNotContain("href=\"/spbe\"", await desa.GetStringAsync("/"), StringComparison.Ordinal);

        var leader = await app.SignedInAsync("pimpinan");
        Assert.Contains("href=\"/spbe\"", await leader.GetStringAsync("/"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await leader.GetAsync("/spbe/2024")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await leader.PutAsJsonAsync("/api/v1/spbe/periods/2024/indicators/1", new { level = 5 })).StatusCode);
    }

    [SkippableFact]
    public async Task An_opd_operator_fills_their_own_and_unassigned_indicators_but_cannot_submit_lock_or_review()
    {
        app.SkipIfUnavailable();
        var admin = await app.SignedInAsync("admin");
        var year = await admin.NewPeriodAsync();
        var (dinsos, bappeda) = await app.WithDb(async db => (
            await db.OrganisationUnits.Where(u => u.Code == "DINSOS").Select(u => u.Id).SingleAsync(),
            await db.OrganisationUnits.Where(u => u.Code == "BAPPEDA").Select(u => u.Id).SingleAsync()));
        await admin.FillAsync(year, "12", 3, bappeda);

        var opd = await app.SignedInAsync("opd");
        var own = await opd.FillAsync(year, "46", 4);
        Assert.Equal(dinsos, own.GetProperty("responsibleUnitId").GetInt32());

        var other = await opd.PutAsJsonAsync($"/api/v1/spbe/periods/{year}/indicators/12", new { level = 5 });
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal("indicator_not_assigned", (await other.JsonAsync()).ProblemCode());
        var elsewhere = await opd.PutAsJsonAsync($"/api/v1/spbe/periods/{year}/indicators/45", new { level = 3, responsibleUnitId = bappeda });
        Assert.Equal("answer_invalid", (await elsewhere.JsonAsync()).ProblemCode());

        Assert.Equal(HttpStatusCode.Forbidden, (await opd.PostAsync($"/api/v1/spbe/periods/{year}/submit", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await opd.PostAsync($"/api/v1/spbe/periods/{year}/lock", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await opd.ReviewAsync(year, "46")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await opd.PostAsJsonAsync("/api/v1/spbe/periods", new { year = NewYear() })).StatusCode);
        var page = await opd.GetStringAsync($"/spbe/{year}");
        Assert.DoesNotContain("handler=Lock", page, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Submit", page, StringComparison.Ordinal);

        // On the indicator page: the form for their own indicator, none for another OPD's.
        Assert.Contains("name=\"Input.Level\"", await opd.GetStringAsync($"/spbe/{year}/indikator/46"), StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Input.Level\"", await opd.GetStringAsync($"/spbe/{year}/indikator/12"), StringComparison.Ordinal);
        var forged = await opd.PostFormAsync($"/spbe/{year}/indikator/12?handler=Fill", new() { ["Input.Level"] = "5" }, $"/spbe/{year}/indikator/46");
        Assert.Equal(HttpStatusCode.OK, forged.StatusCode);
        Assert.Equal(3, (await (await admin.GetAsync($"/api/v1/spbe/periods/{year}/indicators/12")).JsonAsync()).GetProperty("level").GetInt32());
    }

    [SkippableFact]
    public async Task Only_the_review_team_reviews_and_nobody_reviews_their_own_answer()
    {
        app.SkipIfUnavailable();
        var admin = await app.SignedInAsync("admin");
        var year = await admin.NewPeriodAsync();
        await admin.FillAllAsync(year, _ => 4);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/v1/spbe/periods/{year}/submit", null)).StatusCode);

        var own = await admin.ReviewAsync(year, "1");
        Assert.Equal(HttpStatusCode.Forbidden, own.StatusCode);
        Assert.Equal("review_own_answer", (await own.JsonAsync()).ProblemCode());
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.SignedInAsync("pimpinan")).ReviewAsync(year, "1")).StatusCode);

        var reviewer = await app.SignedInAsync("inspektur");
        var noNote = await reviewer.ReviewAsync(year, "1", "return");
        Assert.Equal("review_invalid", (await noNote.JsonAsync()).ProblemCode());
        Assert.NotEmpty((await noNote.JsonAsync()).ErrorsOf("note"));

        // Returned through the page form, filled again by the admin (back to review), then accepted.
        var returned = await reviewer.PostFormAsync($"/spbe/{year}/indikator/1?handler=Review", new() { ["Review.Decision"] = "return", ["Review.Note"] = "Lampirkan SK." }, $"/spbe/{year}/indikator/1");
        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        var detail = await (await admin.GetAsync($"/api/v1/spbe/periods/{year}/indicators/1")).JsonAsync();
        Assert.Equal("Returned", detail.GetProperty("state").GetString());
        Assert.Equal("Lampirkan SK.", detail.GetProperty("reviewNote").GetString());
        Assert.Contains("Lampirkan SK.", await admin.GetStringAsync($"/spbe/{year}/indikator/1"), StringComparison.Ordinal);

        var refilled = await admin.FillAsync(year, "1", 3);
        Assert.Equal("Filled", refilled.GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.OK, (await reviewer.ReviewAsync(year, "1")).StatusCode);
        var accepted = await admin.PutAsJsonAsync($"/api/v1/spbe/periods/{year}/indicators/1", new { level = 5 });
        Assert.Equal("indicator_accepted", (await accepted.JsonAsync()).ProblemCode());

        var audit = await app.WithDb(db => db.AuditRecords.Where(r => r.Subject == "IndicatorAnswer" && r.Reason == "Lampirkan SK.").CountAsync());
        Assert.Equal(1, audit);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PermissionTestsOnSqlite(SqliteApp app) : PermissionTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PermissionTestsOnPostgres(PostgresApp app) : PermissionTests(app);

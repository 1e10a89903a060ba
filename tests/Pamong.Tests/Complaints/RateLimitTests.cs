using System.Net;
using System.Net.Http.Json;
using Pamong.Tests.Infrastructure;
using static Pamong.Tests.Complaints.ComplaintTestSupport;

namespace Pamong.Tests.Complaints;

/// <summary>Public tracking and filing are limited per client, on the page and in the API, with the Pemda's limits.</summary>
public abstract class RateLimitTests(PamongApp app)
{
    [SkippableFact]
    public async Task Tracking_more_often_than_the_limit_gets_429_until_the_minute_is_over()
    {
        app.SkipIfUnavailable();
        await app.PrepareAsync();
        var code = await app.FileAsync("DINSOS");
        var admin = await app.SignedInAsync("admin");
        var start = app.Clock.GetUtcNow();
        try
        {
            await admin.SaveSettingsAsync(trackingsPerMinute: 3);
            app.Clock.Advance(TimeSpan.FromMinutes(5)); // a fresh window
            var client = app.CreateClient();
            for (var i = 0; i < 2; i++)
            {
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/complaints/track/{code}")).StatusCode);
            }

            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/complaints/track/ADU-2222-2222")).StatusCode); // guesses count too
            var limited = await client.GetAsync($"/api/v1/complaints/track/{code}");
            Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
            Assert.Equal("complaint_rate_limited", (await limited.JsonAsync()).ProblemCode());
            Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero);
            var page = await client.GetAsync($"/pengaduan/lacak?kode={code}");
            Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
            Assert.Contains("Terlalu banyak pencarian", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

            app.Clock.Advance(TimeSpan.FromSeconds(61));
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/complaints/track/{code}")).StatusCode);
        }
        finally
        {
            app.Clock.Set(start);
            await admin.SaveSettingsAsync();
        }
    }

    [SkippableFact]
    public async Task Filing_more_often_than_the_limit_gets_429_on_the_api_and_a_message_on_the_page()
    {
        app.SkipIfUnavailable();
        await app.PrepareAsync();
        var admin = await app.SignedInAsync("admin");
        var start = app.Clock.GetUtcNow();
        try
        {
            await admin.SaveSettingsAsync(filingsPerHour: 1);
            app.Clock.Advance(TimeSpan.FromHours(2));
            await app.FileAsync("DINSOS");
            var title = Unique("Spam");
            var second = await app.CreateClient().PostAsJsonAsync("/api/v1/complaints", new { title, description = "x", category = "lainnya", unitCode = "DINSOS", anonymous = true });
            Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
            var page = await app.Browser().PostFormAsync("/pengaduan/baru", new() { ["Input.Title"] = title, ["Identity"] = "anonymous" });
            Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
            Assert.Contains("Terlalu banyak pengaduan", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.False(await app.WithComplaints(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.Complaints, c => c.Title == title)));
        }
        finally
        {
            app.Clock.Set(start);
            await admin.SaveSettingsAsync();
        }
    }
}

[Collection(SqliteCollection.Name)]
public sealed class RateLimitTestsOnSqlite(SqliteApp app) : RateLimitTests(app);

[Collection(PostgresCollection.Name)]
public sealed class RateLimitTestsOnPostgres(PostgresApp app) : RateLimitTests(app);

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Pamong.PublicServices.Applications;
using Pamong.PublicServices.Catalogue;
using Pamong.Tests.Infrastructure;

namespace Pamong.Tests.PublicServices;

public abstract class ServiceStatisticsTests(PamongApp app)
{
    private const string March2019 = "from=2019-03-01&to=2019-03-31";

    /// <summary>
    /// A desa service with a 3-working-day limit, in March 2019 (no other test writes there). Five applications
    /// of Kemiren submitted on Monday 4 March 09:00 WIB and completed after 1, 2, 3, 5 and 8 working days; one
    /// rejected and one in process in a village of another kecamatan. Completed in ≤ 3 working days: 3 of 5.
    /// Median 3; p90 (percentile_cont) at position 0.9 × 4 = 3.6: 5 + 0.6 × (8 − 5) = 6.8.
    /// </summary>
    private async Task<Service> KnownDatasetAsync()
    {
        var service = await app.AddServiceAsync(ServiceLevel.Desa, timeLimit: 3);
        var submitted = new DateTime(2019, 3, 4, 2, 0, 0);
        foreach (var completed in new[] { new DateTime(2019, 3, 5, 8, 0, 0), new DateTime(2019, 3, 6, 3, 0, 0), new DateTime(2019, 3, 7, 9, 0, 0),
                     new DateTime(2019, 3, 11, 1, 0, 0), new DateTime(2019, 3, 14, 4, 0, 0) })
        {
            var application = await app.AddApplicationAsync(service, ApplicationStatus.Completed, submitted, completed,
                applicantName: "Rahasia Pemohon Statistik", nik: "3510154101908888");
            await app.AddSurveyAsync(application, "35.10.15.2004", new DateOnly(2019, 3, 20), 3, 3, 3, 3, 3, 3, 3, 3, 3);
        }

        await app.AddApplicationAsync(service, ApplicationStatus.Rejected, submitted, village: "35.10.01.2001");
        await app.AddApplicationAsync(service, ApplicationStatus.InProgress, submitted, village: "35.10.01.2001");
        return service;
    }

    private static JsonElement RowOf(JsonElement body, string key) =>
        body.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("key").GetString() == key);

    [SkippableFact]
    public async Task The_leader_sees_volume_completion_time_sla_compliance_and_ikm_per_service()
    {
        app.SkipIfUnavailable();
        var service = await KnownDatasetAsync();
        var leader = app.Browser();
        await leader.SignInAsync("pimpinan");
        var body = await leader.GetFromJsonAsync<JsonElement>($"/api/v1/services/statistics?by=service&{March2019}");
        Assert.Equal("workingDays", body.GetProperty("completionTimeUnit").GetString());
        var row = RowOf(body, service.Id.ToString());
        Assert.Equal(service.Name, row.GetProperty("name").GetString());
        Assert.Equal(7, row.GetProperty("submitted").GetInt64());
        Assert.Equal(5, row.GetProperty("completed").GetInt64());
        Assert.Equal(1, row.GetProperty("rejected").GetInt64());
        Assert.Equal(1, row.GetProperty("inProcess").GetInt64());
        Assert.Equal(3, row.GetProperty("completedWithinSla").GetInt64());
        Assert.Equal(0.6, row.GetProperty("slaCompliance").GetDouble(), 6);
        Assert.Equal(3.0, row.GetProperty("medianWorkingDays").GetDouble(), 6);
        Assert.Equal(6.8, row.GetProperty("p90WorkingDays").GetDouble(), 6);
        Assert.Equal(5, row.GetProperty("ikmRespondents").GetInt32());
        Assert.Equal(3.0, row.GetProperty("ikm").GetDouble(), 6);
        Assert.Equal("C", row.GetProperty("ikmGrade").GetString());
    }

    [SkippableFact]
    public async Task Desa_and_kecamatan_operators_see_only_their_own_area()
    {
        app.SkipIfUnavailable();
        await KnownDatasetAsync();
        var desa = app.Browser();
        await desa.SignInAsync("desa");
        var byDesa = await desa.GetFromJsonAsync<JsonElement>($"/api/v1/services/statistics?by=desa&{March2019}");
        Assert.All(byDesa.GetProperty("rows").EnumerateArray(), r => Assert.Equal("35.10.15.2004", r.GetProperty("key").GetString()));
        Assert.True(RowOf(byDesa, "35.10.15.2004").GetProperty("submitted").GetInt64() >= 5);

        var leader = app.Browser();
        await leader.SignInAsync("pimpinan");
        var all = await leader.GetFromJsonAsync<JsonElement>($"/api/v1/services/statistics?by=kecamatan&{March2019}");
        Assert.True(RowOf(all, "35.10.01").GetProperty("rejected").GetInt64() >= 1);

        var kecamatan = app.Browser();
        await kecamatan.SignInAsync("kecamatan");
        var own = await kecamatan.GetFromJsonAsync<JsonElement>($"/api/v1/services/statistics?by=kecamatan&{March2019}");
        Assert.All(own.GetProperty("rows").EnumerateArray(), r => Assert.Equal("35.10.15", r.GetProperty("key").GetString()));
    }

    [SkippableFact]
    public async Task Dashboards_need_the_permission_and_a_bad_query_is_a_problem()
    {
        app.SkipIfUnavailable();
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync("/api/v1/services/statistics")).StatusCode);
        var citizen = app.Browser();
        await citizen.SignInAsync("warga");
        Assert.Equal(HttpStatusCode.Forbidden, (await citizen.GetAsync("/api/v1/services/statistics")).StatusCode);

        var leader = app.Browser();
        await leader.SignInAsync("pimpinan");
        var badBy = await leader.GetAsync("/api/v1/services/statistics?by=provinsi");
        Assert.Equal(HttpStatusCode.BadRequest, badBy.StatusCode);
        Assert.Contains("breakdown_unknown", await badBy.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var badDate = await leader.GetAsync("/api/v1/services/statistics?from=31-12-2026");
        Assert.Equal(HttpStatusCode.BadRequest, badDate.StatusCode);
        Assert.Contains("date_invalid", await badDate.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task The_public_statistics_show_aggregates_without_personal_data()
    {
        app.SkipIfUnavailable();
        var service = await KnownDatasetAsync();
        var client = app.CreateClient();
        var page = await client.GetStringAsync($"/layanan/statistik?by=service&{March2019}");
        Assert.Contains(service.Name, page, StringComparison.Ordinal);
        Assert.Contains("<svg", page, StringComparison.Ordinal);
        var json = await client.GetStringAsync($"/api/v1/services/statistics/public?by=desa&{March2019}");
        foreach (var text in new[] { page, json, await client.GetStringAsync($"/layanan/ikm?{March2019}") })
        {
            Assert.DoesNotContain("Rahasia Pemohon Statistik", text, StringComparison.Ordinal);
            Assert.DoesNotContain("3510154101908888", text, StringComparison.Ordinal);
            Assert.DoesNotContain("UJI-", text, StringComparison.Ordinal);
        }
    }

    [SkippableFact]
    public async Task The_dashboard_page_and_its_csv_and_excel_downloads_open()
    {
        app.SkipIfUnavailable();
        var service = await KnownDatasetAsync();
        var leader = app.Browser();
        await leader.SignInAsync("pimpinan");
        var page = await leader.GetStringAsync($"/layanan/dasbor?by=service&{March2019}");
        Assert.Contains(service.Name, page, StringComparison.Ordinal);
        Assert.Contains("6,8", page, StringComparison.Ordinal);
        Assert.Contains("60,0 %", page, StringComparison.Ordinal);

        var csv = await leader.GetAsync($"/layanan/dasbor?handler=csv&by=service&{March2019}");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var text = await csv.Content.ReadAsStringAsync();
        Assert.Contains($"{service.Name},7,5,1,1,3,60.0,3.0,6.8,5,3.000,75.00,C", text, StringComparison.Ordinal);

        var xlsx = await leader.GetAsync($"/api/v1/services/statistics.xlsx?by=service&{March2019}");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        using var book = new System.IO.Compression.ZipArchive(await xlsx.Content.ReadAsStreamAsync());
        using var sheet = new StreamReader(book.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        Assert.Contains(service.Name, await sheet.ReadToEndAsync(), StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ServiceStatisticsTestsOnSqlite(SqliteApp app) : ServiceStatisticsTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ServiceStatisticsTestsOnPostgres(PostgresApp app) : ServiceStatisticsTests(app);

public sealed class PercentileTests
{
    [Fact]
    public void Percentiles_interpolate_like_percentile_cont()
    {
        (int, long)[] histogram = [(1, 1), (2, 1), (3, 1), (5, 1), (8, 1)];
        Assert.Equal(3, Pamong.PublicServices.Statistics.Percentile.Of(histogram, 0.5));
        Assert.Equal(6.8, Pamong.PublicServices.Statistics.Percentile.Of(histogram, 0.9)!.Value, 9);
        Assert.Equal(2.5, Pamong.PublicServices.Statistics.Percentile.Of([(2, 2), (3, 2)], 0.5));
        Assert.Null(Pamong.PublicServices.Statistics.Percentile.Of([], 0.5));
    }

    [Fact]
    public void Working_day_numbers_agree_with_the_calendar_arithmetic()
    {
        var holidays = new HashSet<DateOnly> { new(2026, 12, 25), new(2026, 8, 17) };
        var numbers = Pamong.PublicServices.Statistics.WorkdayCalendar.Numbers(holidays).ToDictionary(n => n.Day, n => n.Number);
        var days = new Pamong.PublicServices.Calendar.WorkingDays(holidays);
        foreach (var (from, to) in new[] { (new DateOnly(2026, 12, 19), new DateOnly(2026, 12, 29)), (new DateOnly(2026, 8, 14), new DateOnly(2026, 8, 18)), (new DateOnly(2019, 3, 4), new DateOnly(2019, 3, 14)) })
        {
            Assert.Equal(days.Between(from, to), numbers[to] - numbers[from]);
        }
    }
}

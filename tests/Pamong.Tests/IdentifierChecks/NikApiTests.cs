using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Pamong.Tests.Infrastructure;

namespace Pamong.Tests.IdentifierChecks;

public abstract class NikApiTests(PamongApp app)
{
    private async Task<(HttpStatusCode Status, string Body)> Get(string url)
    {
        var response = await app.CreateClient().GetAsync(url);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static JsonElement Json(string body) => JsonDocument.Parse(body).RootElement;

    private static string[] Codes(string body) =>
        [.. Json(body).GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("code").GetString()!)];

    [SkippableFact]
    public async Task Nik_of_a_woman_from_the_conventions_is_valid_in_the_published_shape()
    {
        app.SkipIfUnavailable();
        var (status, body) = await Get("/api/v1/nik/3510015705900001");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("""{"nik":"3510015705900001","valid":true,"regionCode":"35.10.01","birthDate":"1990-05-17","sex":"F","problems":[]}""", body);
    }

    [SkippableFact]
    public async Task Nik_of_a_man_from_the_conventions_is_valid()
    {
        app.SkipIfUnavailable();
        var (_, body) = await Get("/api/v1/nik/3510011705900001");

        Assert.Equal("""{"nik":"3510011705900001","valid":true,"regionCode":"35.10.01","birthDate":"1990-05-17","sex":"M","problems":[]}""", body);
    }

    [SkippableFact]
    public async Task Malformed_input_reports_only_not_16_digits_with_nulls_for_what_cannot_be_read()
    {
        app.SkipIfUnavailable();
        var (status, body) = await Get("/api/v1/nik/35100157059");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(
            """{"nik":"35100157059","valid":false,"regionCode":null,"birthDate":null,"sex":null,"problems":[{"code":"nik_not_16_digits","severity":"error","message":"NIK harus terdiri dari 16 angka."}]}""",
            body);
    }

    [SkippableTheory]
    [InlineData("0010015705900001", "nik_province_zero")]
    [InlineData("3500015705900001", "nik_regency_zero")]
    [InlineData("3510005705900001", "nik_district_zero")]
    [InlineData("3510013202900001", "nik_birth_date_invalid")]
    [InlineData("3510015705900000", "nik_serial_zero")]
    [InlineData("abcdefghijklmnop", "nik_not_16_digits")]
    public async Task Each_structural_error_has_its_code(string nik, string code)
    {
        app.SkipIfUnavailable();
        var (status, body) = await Get("/api/v1/nik/" + nik);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.False(Json(body).GetProperty("valid").GetBoolean());
        var problem = Assert.Single(Json(body).GetProperty("problems").EnumerateArray());
        Assert.Equal(code, problem.GetProperty("code").GetString());
        Assert.Equal("error", problem.GetProperty("severity").GetString());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("message").GetString()));
    }

    [SkippableFact]
    public async Task Every_problem_is_reported_not_only_the_first()
    {
        app.SkipIfUnavailable();
        var (_, body) = await Get("/api/v1/nik/0000003202900000");

        Assert.Equal(["nik_province_zero", "nik_regency_zero", "nik_district_zero", "nik_birth_date_invalid", "nik_serial_zero"], Codes(body));
        Assert.Equal(JsonValueKind.Null, Json(body).GetProperty("regionCode").ValueKind);
        Assert.Equal(JsonValueKind.Null, Json(body).GetProperty("birthDate").ValueKind);
    }

    [SkippableFact]
    public async Task Nik_from_a_district_not_in_the_region_list_is_valid_with_a_warning()
    {
        app.SkipIfUnavailable();
        var (_, body) = await Get("/api/v1/nik/3510995705900001");

        Assert.Equal(
            """{"nik":"3510995705900001","valid":true,"regionCode":"35.10.99","birthDate":"1990-05-17","sex":"F","problems":[{"code":"nik_district_unknown","severity":"warning","message":"Kode kecamatan 35.10.99 pada NIK tidak ditemukan dalam data wilayah; mungkin kode lama sebelum pemekaran."}]}""",
            body);
    }

    [SkippableFact]
    public async Task Birth_date_after_today_is_a_warning()
    {
        app.SkipIfUnavailable();
        var (_, body) = await Get("/api/v1/nik/3510010112260001"); // 1 December 2026; the test clock is at 23 November 2026

        Assert.True(Json(body).GetProperty("valid").GetBoolean());
        Assert.Equal("2026-12-01", Json(body).GetProperty("birthDate").GetString());
        var problem = Assert.Single(Json(body).GetProperty("problems").EnumerateArray());
        Assert.Equal("nik_birth_date_future", problem.GetProperty("code").GetString());
        Assert.Equal("warning", problem.GetProperty("severity").GetString());
    }

    [SkippableFact]
    public async Task Today_is_the_date_in_Jakarta_not_in_UTC()
    {
        app.SkipIfUnavailable();
        var saved = app.Clock.GetUtcNow();
        try
        {
            const string BornOn24November2026 = "/api/v1/nik/3510012411260001";
            app.Clock.Set(new DateTimeOffset(2026, 11, 23, 16, 59, 0, TimeSpan.Zero)); // 23:59 WIB on the 23rd
            Assert.Equal(["nik_birth_date_future"], Codes((await Get(BornOn24November2026)).Body));

            app.Clock.Set(new DateTimeOffset(2026, 11, 23, 17, 0, 0, TimeSpan.Zero)); // 00:00 WIB on the 24th, still the 23rd in UTC
            Assert.Empty(Codes((await Get(BornOn24November2026)).Body));
        }
        finally
        {
            app.Clock.Set(saved);
        }
    }

    [SkippableFact]
    public async Task Input_is_trimmed_and_echoed()
    {
        app.SkipIfUnavailable();
        var (_, body) = await Get("/api/v1/nik/%203510015705900001%20");

        Assert.Equal("3510015705900001", Json(body).GetProperty("nik").GetString());
        Assert.True(Json(body).GetProperty("valid").GetBoolean());
    }

    [SkippableFact]
    public async Task Input_of_32_characters_is_checked_and_of_33_is_refused()
    {
        app.SkipIfUnavailable();
        var (ok, body) = await Get("/api/v1/nik/" + new string('1', 32));
        Assert.Equal(HttpStatusCode.OK, ok);
        Assert.Equal(["nik_not_16_digits"], Codes(body));

        var response = await app.CreateClient().GetAsync("/api/v1/nik/" + new string('1', 33));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nik_input_too_long", Json(await response.Content.ReadAsStringAsync()).GetProperty("code").GetString());
    }

    [SkippableFact]
    public async Task Nik_can_be_posted_so_that_it_stays_out_of_urls()
    {
        app.SkipIfUnavailable();
        var response = await app.CreateClient().PostAsJsonAsync("/api/v1/nik", new { value = "3510015705900001" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"nik":"3510015705900001","valid":true,"regionCode":"35.10.01","birthDate":"1990-05-17","sex":"F","problems":[]}""",
            await response.Content.ReadAsStringAsync());

        var tooLong = await app.CreateClient().PostAsJsonAsync("/api/v1/nik", new { value = new string('1', 33) });
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
    }

    [SkippableFact]
    public async Task Kk_number_is_checked_the_same_way()
    {
        app.SkipIfUnavailable();
        var (status, body) = await Get("/api/v1/kk/3510012304180012");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("""{"kk":"3510012304180012","valid":true,"regionCode":"35.10.01","issueDate":"2018-04-23","problems":[]}""", body);

        var (_, broken) = await Get("/api/v1/kk/0000004102180000");
        Assert.Equal(["kk_province_zero", "kk_regency_zero", "kk_district_zero", "kk_issue_date_invalid", "kk_serial_zero"], Codes(broken));

        var posted = await app.CreateClient().PostAsJsonAsync("/api/v1/kk", new { value = "3510012304180012" });
        Assert.Equal(body, await posted.Content.ReadAsStringAsync());

        var tooLong = await app.CreateClient().GetAsync("/api/v1/kk/" + new string('1', 33));
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Equal("kk_input_too_long", Json(await tooLong.Content.ReadAsStringAsync()).GetProperty("code").GetString());
    }

    [SkippableFact]
    public async Task Check_endpoints_are_in_the_OpenApi_document()
    {
        app.SkipIfUnavailable();
        var json = await app.CreateClient().GetStringAsync("/openapi/v1.json");

        Assert.Contains("\"/api/v1/nik/{value}\"", json, StringComparison.Ordinal);
        Assert.Contains("\"/api/v1/kk/{value}\"", json, StringComparison.Ordinal);
        Assert.Contains("\"/api/v1/nik\"", json, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Nik_in_the_path_is_kept_out_of_request_traces()
    {
        app.SkipIfUnavailable();
        const string Nik = "3510015705909876";
        var seen = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                lock (seen)
                {
                    seen.Add(activity);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);

        await Get("/api/v1/nik/" + Nik);

        // The request's activity stops just after the response reaches the client.
        for (var wait = 0; wait < 50 && !Seen(); wait++)
        {
            await Task.Delay(20);
        }

        bool Seen()
        {
            lock (seen)
            {
                return seen.Any(a => a.GetTagItem("url.path") as string == "/api/v1/nik/{value}");
            }
        }

        lock (seen)
        {
            Assert.Contains(seen, a => a.GetTagItem("url.path") as string == "/api/v1/nik/{value}");
            Assert.DoesNotContain(seen, a => a.DisplayName.Contains(Nik, StringComparison.Ordinal)
                || a.TagObjects.Any(t => t.Value?.ToString()?.Contains(Nik, StringComparison.Ordinal) == true));
        }
    }
}

[Collection(SqliteCollection.Name)]
public sealed class NikApiTestsOnSqlite(SqliteApp app) : NikApiTests(app);

[Collection(PostgresCollection.Name)]
public sealed class NikApiTestsOnPostgres(PostgresApp app) : NikApiTests(app);

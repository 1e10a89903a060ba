using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pamong.Platform.Accounts;
using Pamong.Platform.Accounts.Tokens;
using Pamong.Platform.Tenancy;
using Pamong.PublicServices.Applications;
using Pamong.Tests.Infrastructure;

namespace Pamong.Tests.PublicServices.Applications;

public abstract class TrackingAndPartnerTests(PamongApp app)
{
    [SkippableFact]
    public async Task Tracking_needs_the_right_nik_and_tells_nothing_personal()
    {
        app.SkipIfUnavailable();
        var code = await app.CreateServiceAsync();
        var warga = app.Browser();
        await warga.SignInAsync("warga");
        var number = await app.ApplyAsWargaAsync(warga, code);
        var anonymous = app.Browser();

        var found = await anonymous.PostAsJsonAsync("/api/v1/applications/track", new { number, nik = ServiceFixtures.WargaNik });
        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        var body = await found.Content.ReadAsStringAsync();
        Assert.Contains("\"status\":\"Submitted\"", body, StringComparison.Ordinal);
        Assert.Contains("Verifikasi desa", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Siti", body, StringComparison.Ordinal);
        Assert.DoesNotContain(ServiceFixtures.WargaNik, body, StringComparison.Ordinal);
        Assert.False(found.Headers.Contains("Set-Cookie"));

        var wrongNik = await anonymous.PostAsJsonAsync("/api/v1/applications/track", new { number, nik = "3510151208651328" });
        var wrongNumber = await anonymous.PostAsJsonAsync("/api/v1/applications/track", new { number = "LYN-2026-999998", nik = ServiceFixtures.WargaNik });
        Assert.Equal(HttpStatusCode.NotFound, wrongNik.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, wrongNumber.StatusCode);
        Assert.Equal((await wrongNik.JsonAsync()).GetProperty("detail").GetString(), (await wrongNumber.JsonAsync()).GetProperty("detail").GetString());

        var missing = await anonymous.PostAsJsonAsync("/api/v1/applications/track", new { number });
        Assert.Equal("tracking_fields_required", (await missing.JsonAsync()).ProblemCode());

        var page = await anonymous.PostFormAsync("/layanan/lacak", new() { ["Number"] = number.ToLowerInvariant(), ["Nik"] = ServiceFixtures.WargaNik });
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("Verifikasi desa", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Siti", html, StringComparison.Ordinal);
        var wrongPage = await anonymous.PostFormAsync("/layanan/lacak", new() { ["Number"] = number, ["Nik"] = "3510151208651328" });
        Assert.Contains("tidak ditemukan", await wrongPage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Tracking_is_rate_limited_per_client()
    {
        app.SkipIfUnavailable();
        var configuration = (IConfigurationRoot)app.Services.GetRequiredService<IConfiguration>();
        configuration["PublicServices:Tracking:PermitLimit"] = "3";
        configuration["PublicServices:Tracking:WindowSeconds"] = "3600";
        configuration.Reload();
        try
        {
            var client = app.Browser();
            var statuses = new List<HttpStatusCode>();
            for (var i = 0; i < 5; i++)
            {
                statuses.Add((await client.PostAsJsonAsync("/api/v1/applications/track", new { number = "LYN-2026-000001", nik = "3510151208651328" })).StatusCode);
            }

            Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
            var limited = await client.PostAsJsonAsync("/api/v1/applications/track", new { number = "x", nik = "y" });
            Assert.True(limited.Headers.Contains("Retry-After"));
            Assert.Equal("rate_limited", (await limited.JsonAsync()).ProblemCode());
            Assert.Equal(HttpStatusCode.TooManyRequests, (await client.GetAsync("/layanan/lacak")).StatusCode);
        }
        finally
        {
            configuration["PublicServices:Tracking:PermitLimit"] = "1000000";
            configuration.Reload();
        }
    }

    [SkippableFact]
    public async Task Partner_system_submits_with_an_api_key_and_reads_only_what_it_submitted()
    {
        app.SkipIfUnavailable();
        var code = await app.CreateServiceAsync();
        var secret = await IssueKeyAsync("MPP Digital Nasional", Permissions.SubmitForCitizens);
        var partner = app.CreateClient();
        partner.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);

        var bad = await partner.PostAsJsonAsync($"/api/v1/services/{code}/applications", new
        {
            applicant = new { nik = "123", name = "", villageCode = "99.99" },
            answers = new Dictionary<string, string> { ["keperluan"] = "" },
            files = Array.Empty<object>(),
        });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var problem = await bad.JsonAsync();
        Assert.NotEmpty(problem.ErrorsOf("applicantNik"));
        Assert.NotEmpty(problem.ErrorsOf("keperluan"));
        Assert.NotEmpty(problem.ErrorsOf("lampiran"));

        var response = await partner.PostAsJsonAsync($"/api/v1/services/{code}/applications", new
        {
            applicant = new { nik = "3510151203150001", name = "Suhaimi", villageCode = ServiceFixtures.Kemiren, email = "suhaimi@contoh.id" },
            answers = new Dictionary<string, string> { ["keperluan"] = "Pendaftaran sekolah", ["jumlah"] = "4" },
            files = new[] { new { fieldKey = "lampiran", fileName = "kk.pdf", contentBase64 = Convert.ToBase64String(ServiceFixtures.Pdf) } },
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var number = (await response.JsonAsync()).GetProperty("number").GetString()!;
        var application = await app.ApplicationAsync(number);
        Assert.Equal(ApplicationChannel.Partner, application.Channel);
        Assert.Equal("MPP Digital Nasional", application.PartnerName);
        Assert.Equal("suhaimi@contoh.id", Assert.Single(await app.NoticesAsync(number)).Recipient);

        var status = await (await partner.GetAsync($"/api/v1/applications/{number}")).JsonAsync();
        Assert.Equal("Submitted", status.GetProperty("status").GetString());
        Assert.Equal(1, status.GetProperty("timeline").GetArrayLength());

        var otherSecret = await IssueKeyAsync("Sistem lain", Permissions.SubmitForCitizens);
        var other = app.CreateClient();
        other.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", otherSecret);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/applications/{number}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.PostAsync($"/api/v1/applications/{number}/approve", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.GetAsync("/api/v1/applications")).StatusCode);

        var reader = app.CreateClient();
        reader.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await IssueKeyAsync("Dasbor kementerian", Permissions.ReadApplications));
        var list = await (await reader.GetAsync($"/api/v1/applications?service={code}")).JsonAsync();
        Assert.Equal(1, list.GetProperty("total").GetInt32());
    }

    [SkippableFact]
    public async Task Citizen_applies_and_resubmits_through_the_api()
    {
        app.SkipIfUnavailable();
        var code = await app.CreateServiceAsync();
        var warga = app.Browser();
        await warga.SignInAsync("warga");
        var fake = await warga.PostAsJsonAsync($"/api/v1/services/{code}/applications", new
        {
            answers = new Dictionary<string, string> { ["keperluan"] = "Bank" },
            files = new[] { new { fieldKey = "lampiran", fileName = "kk.pdf", contentBase64 = Convert.ToBase64String(ServiceFixtures.NotAPdf) } },
        });
        Assert.Equal("file_type_not_allowed", (await fake.JsonAsync()).ProblemCode());

        var created = await warga.PostAsJsonAsync($"/api/v1/services/{code}/applications", new
        {
            answers = new Dictionary<string, string> { ["keperluan"] = "Bank" },
            files = new[] { new { fieldKey = "lampiran", fileName = "kk.pdf", contentBase64 = Convert.ToBase64String(ServiceFixtures.Pdf) } },
        });
        var number = (await created.JsonAsync()).GetProperty("number").GetString()!;
        var early = await warga.PostAsJsonAsync($"/api/v1/applications/{number}/resubmit", new { answers = new Dictionary<string, string> { ["keperluan"] = "Bank" } });
        Assert.Equal("application_not_returned", (await early.JsonAsync()).ProblemCode());

        var desa = app.Browser();
        await desa.SignInAsync("desa");
        Assert.Equal(HttpStatusCode.OK, (await desa.PostAsJsonAsync($"/api/v1/applications/{number}/return", new { reason = "Lengkapi jumlah anggota keluarga." })).StatusCode);
        var resubmitted = await warga.PostAsJsonAsync($"/api/v1/applications/{number}/resubmit", new { answers = new Dictionary<string, string> { ["keperluan"] = "Bank", ["jumlah"] = "3" } });
        Assert.Equal(HttpStatusCode.OK, resubmitted.StatusCode);
        Assert.Equal("Submitted", (await resubmitted.JsonAsync()).GetProperty("status").GetString());
        var mine = await (await warga.GetAsync("/api/v1/applications/mine")).JsonAsync();
        Assert.Contains(mine.EnumerateArray(), r => r.GetProperty("number").GetString() == number);
    }

    private async Task<string> IssueKeyAsync(string partner, string scope)
    {
        using var scopeServices = app.Services.CreateScope();
        scopeServices.ServiceProvider.GetRequiredService<CurrentTenant>().Set("banyuwangi");
        var credentials = scopeServices.ServiceProvider.GetRequiredService<ApiCredentials>();
        var outcome = await credentials.IssueKeyAsync(new NewApiKey("uji " + Guid.NewGuid().ToString("N")[..6], partner, [scope], null, null));
        return outcome.Value!.Secret;
    }
}

[Collection(SqliteCollection.Name)]
public sealed class TrackingAndPartnerTestsOnSqlite(SqliteApp app) : TrackingAndPartnerTests(app);

[Collection(PostgresCollection.Name)]
public sealed class TrackingAndPartnerTestsOnPostgres(PostgresApp app) : TrackingAndPartnerTests(app);

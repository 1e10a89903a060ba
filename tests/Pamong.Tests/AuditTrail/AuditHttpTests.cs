using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Pamong.Platform.AuditTrail;
using Pamong.Tests.Infrastructure;

namespace Pamong.Tests.AuditTrail;

public abstract class AuditHttpTests(PamongApp app)
{
    [SkippableTheory]
    [InlineData("/audit")]
    [InlineData("/audit/verifikasi")]
    [InlineData("/audit/1")]
    [InlineData("/audit?handler=csv")]
    public async Task Audit_pages_send_an_anonymous_visitor_to_sign_in(string url)
    {
        app.SkipIfUnavailable();
        var response = await app.Browser().GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/masuk", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task The_audit_api_gives_an_anonymous_caller_nothing()
    {
        app.SkipIfUnavailable();
        var client = app.Browser();
        var search = await client.GetAsync("/api/v1/audit");
        var verify = await client.PostAsync("/api/v1/audit/verify", null);
        Assert.False(search.IsSuccessStatusCode);
        Assert.False(verify.IsSuccessStatusCode);
        Assert.DoesNotContain("\"items\"", await search.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task The_audit_api_is_described_in_the_OpenAPI_document()
    {
        app.SkipIfUnavailable();
        var json = await app.CreateClient().GetStringAsync("/openapi/v1.json");
        Assert.Contains("\"/api/v1/audit\"", json, StringComparison.Ordinal);
        Assert.Contains("\"/api/v1/audit/verify\"", json, StringComparison.Ordinal);
        Assert.Contains("VerifyAuditChain", json, StringComparison.Ordinal);
    }

    [SkippableFact]
    [Trait("Pending", "sign-in")]
    public async Task An_inspector_searches_opens_verifies_and_exports_on_the_audit_pages()
    {
        app.SkipIfUnavailable();
        var client = app.Browser();
        await client.SignInAsync("inspektur");
        AuditRecord read = null!;
        await TestChains.InScope(app, "banyuwangi", async (db, log) =>
        {
            for (var i = 0; i < 21; i++)
            {
                read = log.RecordSensitiveRead("Citizen", "halaman-uji", "Uji halaman jejak audit");
            }

            await db.SaveChangesAsync();
        });

        var list = await client.GetStringAsync("/audit?subjectId=halaman-uji");
        Assert.Contains("<caption>", list, StringComparison.Ordinal);
        Assert.Contains("Akses data pribadi", list, StringComparison.Ordinal);
        Assert.Contains($"href=\"/audit/{read.Id}\"", list, StringComparison.Ordinal);

        var second = await client.GetStringAsync("/audit?subjectId=halaman-uji&page=2");
        Assert.Contains("Halaman 2 dari 2", second, StringComparison.Ordinal);
        Assert.Contains("Halaman 2 dari 2", await client.GetStringAsync("/audit?subjectId=halaman-uji&page=9"), StringComparison.Ordinal);

        var invalid = await client.GetStringAsync("/audit?from=kemarin");
        Assert.Contains("Tanggal harus berformat tttt-bb-hh", invalid, StringComparison.Ordinal);

        var detail = await client.GetStringAsync($"/audit/{read.Id}");
        Assert.Contains("Uji halaman jejak audit", detail, StringComparison.Ordinal);
        Assert.Contains(read.Hash, detail, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/audit/999999999")).StatusCode);

        var verifyPage = await client.GetStringAsync("/audit/verifikasi");
        var token = Antiforgery(verifyPage);
        var verified = await client.PostAsync("/audit/verifikasi", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        Assert.Contains("Rantai utuh", await verified.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var csv = await client.GetAsync("/audit?handler=csv&subjectId=halaman-uji");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Uji halaman jejak audit", await csv.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [SkippableFact]
    [Trait("Pending", "sign-in")]
    public async Task An_inspector_searches_and_verifies_through_the_api()
    {
        app.SkipIfUnavailable();
        var client = app.Browser();
        await client.SignInAsync("inspektur");

        var page = await client.GetFromJsonAsync<JsonElement>("/api/v1/audit?pageSize=2&page=1");
        Assert.Equal(2, page.GetProperty("pageSize").GetInt32());
        Assert.True(page.GetProperty("total").GetInt32() >= 1);
        Assert.True(page.GetProperty("items")[0].TryGetProperty("hash", out _));

        var invalid = await client.GetAsync("/api/v1/audit?from=2026-11-30&to=2026-11-01");
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var problem = await invalid.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("audit_filter_invalid", problem.GetProperty("code").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("to", out _));

        var verify = await (await client.PostAsync("/api/v1/audit/verify", null)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(verify.GetProperty("valid").GetBoolean());
        Assert.True(verify.GetProperty("checked").GetInt64() >= 1);
        Assert.Equal(JsonValueKind.Null, verify.GetProperty("firstBroken").ValueKind);
    }

    private static string Antiforgery(string html)
    {
        var match = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"");
        Assert.True(match.Success, "the form carries an antiforgery token");
        return match.Groups[1].Value;
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AuditHttpTestsOnSqlite(SqliteApp app) : AuditHttpTests(app);

[Collection(PostgresCollection.Name)]
public sealed class AuditHttpTestsOnPostgres(PostgresApp app) : AuditHttpTests(app);

using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Pamong.Platform.Accounts;
using Pamong.Platform.Accounts.Tokens;
using Pamong.Tests.Infrastructure;

namespace Pamong.Tests.Accounts;

public abstract partial class ApiTokenTests(PamongApp app)
{
    private async Task<HttpClient> SignedInAsync(string userName, string password = Platform.Demo.DemoAccounts.Password)
    {
        var client = app.Browser();
        await client.SignInAsync(userName, password);
        return client;
    }

    private async Task<string> NewKeyAsync(object body)
    {
        var admin = await SignedInAsync("admin");
        var response = await admin.PostAsJsonAsync("/api/v1/api-keys", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.JsonAsync()).GetProperty("secret").GetString()!;
    }

    [SkippableFact]
    public async Task A_personal_token_is_shown_once_kept_as_a_hash_and_listed_by_its_prefix()
    {
        app.SkipIfUnavailable();
        var client = await SignedInAsync("opd");
        var created = await client.PostFormAsync("/akun/token?handler=Create", new() { ["Name"] = "Rekap bulanan", ["ExpiresOn"] = "2027-01-31" }, pageUrl: "/akun/token");
        var secret = Secret().Match(await created.Content.ReadAsStringAsync()).Groups[1].Value;
        Assert.Matches("^pmg_pat_[A-Za-z0-9_-]{43}$", secret);

        var list = await client.GetStringAsync("/akun/token");
        Assert.Contains(secret[..12] + "…", list, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, list, StringComparison.Ordinal);
        var prefix = secret[..12];
        var stored = await app.WithDb(db => db.ApiTokens.SingleAsync(t => t.Prefix == prefix));
        Assert.Equal(TokenSecret.Hash(secret), stored.TokenHash);
        var audited = await app.WithDb(db => db.AuditRecords.Where(r => r.Subject == "ApiToken").Select(r => r.After).ToListAsync());
        Assert.DoesNotContain(secret, string.Join("", audited), StringComparison.Ordinal);
        Assert.DoesNotContain(stored.TokenHash, string.Join("", audited), StringComparison.Ordinal);

        var me = await (await app.Bearer(secret).GetAsync("/api/v1/me")).JsonAsync();
        Assert.Equal("opd", me.GetProperty("userName").GetString());
        Assert.Equal(stored.Id.ToString(), me.GetProperty("viaToken").GetString());
    }

    [SkippableFact]
    public async Task A_personal_token_acts_as_its_officer_with_their_roles_and_area()
    {
        app.SkipIfUnavailable();
        var secret = await (await SignedInAsync("desa")).NewPersonalTokenAsync();
        var api = app.Bearer(secret);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync("/api/v1/users")).StatusCode);

        var nik = TestAccounts.NewNik();
        var body = new { nik, kkNumber = TestAccounts.NewKk(), fullName = "Warga Token", villageCode = "35.10.15.2004", phone = TestAccounts.NewPhone().Stored, password = "Gandrung Sewu Di Pantai" };
        Assert.Equal(HttpStatusCode.Accepted, (await api.PostAsJsonAsync("/api/v1/citizen-accounts", body)).StatusCode);
        var outside = await api.PostAsJsonAsync("/api/v1/citizen-accounts", body with { nik = TestAccounts.NewNik(), villageCode = "35.10.15.2005" });
        Assert.Equal("outside_area", await outside.ProblemCodeAsync());

        var userId = await app.UserIdAsync(nik);
        var record = await app.WithDb(db => db.AuditRecords.SingleAsync(r => r.Action == "citizen-account-registered" && r.SubjectId == userId));
        Assert.Equal(await app.UserIdAsync("desa"), record.ActorId);
        Assert.StartsWith("desa (token pmg_pat_", record.ActorName, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_token_cannot_make_tokens_or_change_its_officers_password()
    {
        app.SkipIfUnavailable();
        var api = app.Bearer(await (await SignedInAsync("kecamatan")).NewPersonalTokenAsync());
        var token = await api.PostAsJsonAsync("/api/v1/me/tokens", new { name = "turunan" });
        Assert.Equal(HttpStatusCode.Forbidden, token.StatusCode);
        Assert.Equal("token_not_allowed", await token.ProblemCodeAsync());
        var password = await api.PostAsJsonAsync("/api/v1/me/password", new { currentPassword = "x", newPassword = "Nasi Pecel Madiun Enak" });
        Assert.Equal("token_not_allowed", await password.ProblemCodeAsync());
    }

    [SkippableFact]
    public async Task A_revoked_token_is_refused()
    {
        app.SkipIfUnavailable();
        var client = await SignedInAsync("inspektur");
        var secret = await client.NewPersonalTokenAsync("dicabut");
        Assert.Equal(HttpStatusCode.OK, (await app.Bearer(secret).GetAsync("/api/v1/me")).StatusCode);
        var hash = TokenSecret.Hash(secret);
        var id = await app.WithDb(db => db.ApiTokens.Where(t => t.TokenHash == hash).Select(t => t.Id).SingleAsync());

        var revoked = await client.PostFormAsync($"/akun/token?handler=Revoke&id={id}", [], pageUrl: "/akun/token");
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        var refused = await app.Bearer(secret).GetAsync("/api/v1/me");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains("invalid_token", refused.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Equal("token_invalid", await refused.ProblemCodeAsync());
    }

    [SkippableFact]
    public async Task An_expired_token_is_refused_and_no_token_lives_longer_than_a_year()
    {
        app.SkipIfUnavailable();
        var client = await SignedInAsync("opd");
        var tooLong = await client.PostAsJsonAsync("/api/v1/me/tokens", new { name = "lama", expiresOn = "2028-01-01" });
        Assert.Equal("token_expiry_invalid", await tooLong.ProblemCodeAsync());

        var response = await client.PostAsJsonAsync("/api/v1/me/tokens", new { name = "sebentar", expiresOn = "2026-11-25" });
        var secret = (await response.JsonAsync()).GetProperty("secret").GetString()!;
        var start = app.Clock.GetUtcNow();
        try
        {
            app.Clock.Advance(TimeSpan.FromDays(3));
            Assert.Equal(HttpStatusCode.Unauthorized, (await app.Bearer(secret).GetAsync("/api/v1/me")).StatusCode);
        }
        finally
        {
            app.Clock.Set(start);
        }
    }

    [SkippableFact]
    public async Task A_token_of_a_locked_officer_stops_working()
    {
        app.SkipIfUnavailable();
        var name = TestAccounts.UniqueName();
        var id = await app.CreateStaffAsync(name, Roles.OpdOperator, "DINSOS");
        var secret = await (await SignedInAsync(name, TestAccounts.Password)).NewPersonalTokenAsync();
        Assert.Equal(HttpStatusCode.OK, (await app.Bearer(secret).GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await (await SignedInAsync("admin")).PostAsync($"/api/v1/users/{id}/lock", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Bearer(secret).GetAsync("/api/v1/me")).StatusCode);
    }

    [SkippableFact]
    public async Task Citizens_have_no_personal_tokens()
    {
        app.SkipIfUnavailable();
        var client = await SignedInAsync("warga");
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/v1/me/tokens", new { name = "x" })).StatusCode);
    }

    [SkippableFact]
    public async Task An_api_key_holds_its_scopes_as_permissions_for_the_whole_pemda_and_nothing_more()
    {
        app.SkipIfUnavailable();
        var secret = await NewKeyAsync(new { name = "Sinkron", partner = "Dukcapil — SIAK", scopes = new[] { "citizens.read", "nik.check" } });
        Assert.StartsWith("pmg_key_", secret, StringComparison.Ordinal);
        var api = app.Bearer(secret);
        var me = await (await api.GetAsync("/api/v1/me")).JsonAsync();
        Assert.Equal("apiKey", me.GetProperty("kind").GetString());
        Assert.Equal("banyuwangi", me.GetProperty("tenant").GetString());
        Assert.Equal(["nik.check", "citizens.read"], me.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()).Order(StringComparer.Ordinal).Reverse());

        Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync("/api/v1/users")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync("/api/v1/api-keys")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.PostAsJsonAsync("/api/v1/citizen-accounts", new { nik = "1" })).StatusCode);
        var hash = TokenSecret.Hash(secret);
        Assert.NotNull(await app.WithDb(db => db.ApiTokens.Where(t => t.TokenHash == hash).Select(t => t.LastUsedAt).SingleAsync()));
    }

    [SkippableFact]
    public async Task An_api_key_made_on_the_page_can_be_revoked_through_the_api()
    {
        app.SkipIfUnavailable();
        var admin = await SignedInAsync("admin");
        var bad = await admin.PostFormAsync("/admin/kunci-api?handler=Create", new() { ["Name"] = "x", ["Partner"] = "" }, pageUrl: "/admin/kunci-api");
        var badHtml = await bad.Content.ReadAsStringAsync();
        Assert.Contains("Isi nama sistem mitra", badHtml, StringComparison.Ordinal);
        Assert.Contains("Pilih paling sedikit satu cakupan", badHtml, StringComparison.Ordinal);

        var made = await admin.PostFormAsync("/admin/kunci-api?handler=Create", new() { ["Name"] = "Peta", ["Partner"] = "Bappeda — GIS", ["Scopes"] = "regions.read" }, pageUrl: "/admin/kunci-api");
        var secret = Secret().Match(await made.Content.ReadAsStringAsync()).Groups[1].Value;
        Assert.StartsWith("pmg_key_", secret, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await app.Bearer(secret).GetAsync("/api/v1/me")).StatusCode);

        var keys = (await (await admin.GetAsync("/api/v1/api-keys")).JsonAsync()).EnumerateArray().ToList();
        var key = keys.Single(k => k.GetProperty("prefix").GetString() == secret[..12]);
        Assert.Equal(["regions.read"], key.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
        Assert.False(key.TryGetProperty("secret", out _));
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/api-keys/{key.GetProperty("id").GetInt32()}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Bearer(secret).GetAsync("/api/v1/me")).StatusCode);
    }

    [SkippableFact]
    public async Task Only_administrators_manage_api_keys()
    {
        app.SkipIfUnavailable();
        var desa = await SignedInAsync("desa");
        Assert.Contains("/akses-ditolak", (await desa.GetAsync("/admin/kunci-api")).Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await desa.PostAsJsonAsync("/api/v1/api-keys", new { name = "x", partner = "y", scopes = new[] { "citizens.read" } })).StatusCode);
        var unknown = await (await SignedInAsync("admin")).PostAsJsonAsync("/api/v1/api-keys", new { name = "x", partner = "y", scopes = new[] { "users.manage" } });
        Assert.Equal("scopes_invalid", await unknown.ProblemCodeAsync());
    }

    [SkippableFact]
    public async Task A_key_over_its_rate_limit_gets_429_with_retry_after()
    {
        app.SkipIfUnavailable();
        var secret = await NewKeyAsync(new { name = "Terbatas", partner = "Uji", scopes = new[] { "regions.read" }, rateLimit = 2 });
        var api = app.Bearer(secret);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/me")).StatusCode);
        var limited = await api.GetAsync("/api/v1/me");
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal("rate_limited", await limited.ProblemCodeAsync());

        var other = await NewKeyAsync(new { name = "Lain", partner = "Uji", scopes = new[] { "regions.read" }, rateLimit = 2 });
        Assert.Equal(HttpStatusCode.OK, (await app.Bearer(other).GetAsync("/api/v1/me")).StatusCode);
    }

    [SkippableFact]
    public async Task Api_requests_without_credentials_or_with_a_forged_token_get_401_problem_details()
    {
        app.SkipIfUnavailable();
        var anonymous = await app.CreateClient().GetAsync("/api/v1/me");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("Bearer", anonymous.Headers.WwwAuthenticate.ToString());
        Assert.Equal("application/problem+json", anonymous.Content.Headers.ContentType?.MediaType);
        Assert.Equal("unauthenticated", await anonymous.ProblemCodeAsync());

        var forged = await app.Bearer("pmg_pat_" + new string('A', 43)).GetAsync("/api/v1/me");
        Assert.Equal("token_invalid", await forged.ProblemCodeAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Bearer("not-a-token").GetAsync("/api/v1/me")).StatusCode);
    }

    [SkippableFact]
    public async Task The_sign_in_cookie_still_works_on_the_api()
    {
        app.SkipIfUnavailable();
        var me = await (await (await SignedInAsync("desa")).GetAsync("/api/v1/me")).JsonAsync();
        Assert.Equal("desa", me.GetProperty("userName").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, me.GetProperty("viaToken").ValueKind);
    }

    [SkippableFact]
    public async Task The_openapi_document_describes_bearer_authentication_and_the_account_endpoints()
    {
        app.SkipIfUnavailable();
        var json = await app.CreateClient().GetStringAsync("/openapi/v1.json");
        Assert.Contains("\"securitySchemes\"", json, StringComparison.Ordinal);
        Assert.Contains("\"scheme\": \"bearer\"", json, StringComparison.Ordinal);
        foreach (var operation in new[] { "ListUsers", "GrantRole", "RegisterCitizenAccount", "VerifyCitizenRegistration", "CreateMyToken", "CreateApiKey", "GetMe" })
        {
            Assert.Contains($"\"operationId\": \"{operation}\"", json, StringComparison.Ordinal);
        }
    }

    [GeneratedRegex(@"id=""token-secret"">([^<]+)<")]
    private static partial Regex Secret();
}

[Collection(SqliteCollection.Name)]
public sealed class ApiTokenTestsOnSqlite(SqliteApp app) : ApiTokenTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ApiTokenTestsOnPostgres(PostgresApp app) : ApiTokenTests(app);

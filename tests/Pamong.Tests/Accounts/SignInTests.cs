using System.Net;
using Pamong.Platform.Accounts;
using Pamong.Platform.Demo;
using Pamong.Tests.Infrastructure;

namespace Pamong.Tests.Accounts;

public abstract class SignInTests(PamongApp app)
{
    [SkippableFact]
    public async Task Demo_officer_signs_in_with_password_and_sees_their_name()
    {
        app.SkipIfUnavailable();
        var client = app.Browser();
        await client.SignInAsync("desa");
        var html = await client.GetStringAsync("/");
        Assert.Contains("desa", html, StringComparison.Ordinal);
        Assert.Contains("/keluar", html, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Wrong_password_shows_an_Indonesian_error_and_does_not_sign_in()
    {
        app.SkipIfUnavailable();
        var client = app.Browser();
        var response = await client.PostFormAsync("/masuk", new() { ["UserName"] = "pimpinan", ["Password"] = "salah-sekali" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Nama pengguna atau kata sandi salah", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Administrator_needs_the_authenticator_code_after_the_password()
    {
        app.SkipIfUnavailable();
        var client = app.Browser();
        var response = await client.PostFormAsync("/masuk", new() { ["UserName"] = "admin", ["Password"] = DemoAccounts.Password });
        Assert.StartsWith("/masuk/dua-langkah", response.Headers.Location?.OriginalString, StringComparison.Ordinal);

        var wrong = await client.PostFormAsync("/masuk/dua-langkah", new() { ["Code"] = "000000" });
        Assert.Contains("Kode verifikasi salah", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var code = Totp.Code(DemoAccounts.AdminAuthenticatorKey, TimeProvider.System.GetUtcNow());
        var right = await client.PostFormAsync("/masuk/dua-langkah", new() { ["Code"] = code });
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal("/", right.Headers.Location?.OriginalString);
    }

    [SkippableFact]
    public async Task Sign_out_ends_the_session()
    {
        app.SkipIfUnavailable();
        var client = app.Browser();
        await client.SignInAsync("inspektur");
        await client.PostFormAsync("/keluar", [], pageUrl: "/");
        var html = await client.GetStringAsync("/");
        Assert.Contains("/masuk", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/keluar\"", html, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Return_url_to_another_site_is_ignored()
    {
        app.SkipIfUnavailable();
        var client = app.Browser();
        var response = await client.PostFormAsync("/masuk?ReturnUrl=//evil.example", new() { ["UserName"] = "opd", ["Password"] = DemoAccounts.Password, ["ReturnUrl"] = "//evil.example" });
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SignInTestsOnSqlite(SqliteApp app) : SignInTests(app);

[Collection(PostgresCollection.Name)]
public sealed class SignInTestsOnPostgres(PostgresApp app) : SignInTests(app);

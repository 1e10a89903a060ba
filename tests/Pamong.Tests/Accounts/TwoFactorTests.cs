using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Pamong.Platform.Accounts;
using Pamong.Tests.Infrastructure;

namespace Pamong.Tests.Accounts;

public abstract partial class TwoFactorTests(PamongApp app)
{
    private static string CodeFor(string key) => Totp.Code(key, TimeProvider.System.GetUtcNow());

    private async Task<string> KeyShownOnEnrolmentAsync(HttpClient client)
    {
        var html = await client.GetStringAsync("/akun/dua-langkah");
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        return ShownKey().Match(html).Groups[1].Value.Replace(" ", "", StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task An_officer_enrols_an_authenticator_app_and_then_signs_in_with_a_code()
    {
        app.SkipIfUnavailable();
        var name = TestAccounts.UniqueName();
        await app.CreateStaffAsync(name, Roles.OpdOperator, "DINSOS");
        var client = app.Browser();
        await client.SignInAsync(name, TestAccounts.Password);

        var key = await KeyShownOnEnrolmentAsync(client);
        Assert.Equal(32, key.Length);
        var enabled = await client.PostFormAsync("/akun/dua-langkah?handler=Enable", new() { ["Code"] = CodeFor(key) }, pageUrl: "/akun/dua-langkah");
        var html = await enabled.Content.ReadAsStringAsync();
        Assert.Equal(10, RecoveryCodeItem().Count(html));

        var again = app.Browser();
        var password = await again.PostFormAsync("/masuk", new() { ["UserName"] = name, ["Password"] = TestAccounts.Password });
        Assert.StartsWith("/masuk/dua-langkah", password.Headers.Location?.OriginalString, StringComparison.Ordinal);
        var second = await again.PostFormAsync("/masuk/dua-langkah", new() { ["Code"] = CodeFor(key) });
        Assert.Equal("/", second.Headers.Location?.OriginalString);
    }

    [SkippableFact]
    public async Task A_recovery_code_signs_in_once_and_only_once()
    {
        app.SkipIfUnavailable();
        var name = TestAccounts.UniqueName();
        await app.CreateStaffAsync(name, Roles.Pimpinan, "PEMDA");
        var client = app.Browser();
        await client.SignInAsync(name, TestAccounts.Password);
        var key = await KeyShownOnEnrolmentAsync(client);
        var enabled = await client.PostFormAsync("/akun/dua-langkah?handler=Enable", new() { ["Code"] = CodeFor(key) }, pageUrl: "/akun/dua-langkah");
        var recovery = RecoveryCodeItem().Match(await enabled.Content.ReadAsStringAsync()).Groups[1].Value;

        async Task<HttpResponseMessage> SignInWithRecoveryAsync()
        {
            var browser = app.Browser();
            await browser.PostFormAsync("/masuk", new() { ["UserName"] = name, ["Password"] = TestAccounts.Password });
            return await browser.PostFormAsync("/masuk/kode-pemulihan", new() { ["RecoveryCode"] = recovery.ToLowerInvariant() });
        }

        Assert.Equal("/", (await SignInWithRecoveryAsync()).Headers.Location?.OriginalString);
        var reused = await SignInWithRecoveryAsync();
        Assert.Equal(HttpStatusCode.OK, reused.StatusCode);
        Assert.Contains("Kode pemulihan salah atau sudah dipakai", await reused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var stored = await app.WithDb(db => db.UserTokens.Where(t => t.Name == "RecoveryCodes").Join(db.Users.Where(u => u.UserName == name), t => t.UserId, u => u.Id, (t, _) => t.Value).SingleAsync());
        Assert.DoesNotContain(recovery, stored ?? "", StringComparison.OrdinalIgnoreCase);
    }

    [SkippableFact]
    public async Task A_wrong_enrolment_code_is_refused_and_two_factor_stays_off()
    {
        app.SkipIfUnavailable();
        var name = TestAccounts.UniqueName();
        await app.CreateStaffAsync(name, Roles.OpdOperator, "DINSOS");
        var client = app.Browser();
        await client.SignInAsync(name, TestAccounts.Password);
        await KeyShownOnEnrolmentAsync(client);
        var wrong = await client.PostFormAsync("/akun/dua-langkah?handler=Enable", new() { ["Code"] = "000000" }, pageUrl: "/akun/dua-langkah");
        var html = await wrong.Content.ReadAsStringAsync();
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
        Assert.Contains("Kode salah", html, StringComparison.Ordinal);
        Assert.False(await app.WithDb(db => db.Users.Where(u => u.UserName == name).Select(u => u.TwoFactorEnabled).SingleAsync()));
    }

    [SkippableFact]
    public async Task An_administrator_without_two_factor_reaches_nothing_but_enrolment_and_sign_out()
    {
        app.SkipIfUnavailable();
        var name = TestAccounts.UniqueName();
        await app.CreateStaffAsync(name, Roles.Admin, "DISKOMINFO");
        var client = app.Browser();
        await client.SignInAsync(name, TestAccounts.Password);

        foreach (var path in new[] { "/", "/admin/pengguna", "/akun", "/akun/token" })
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/akun/dua-langkah", response.Headers.Location?.OriginalString);
        }

        var api = await client.GetAsync("/api/v1/users");
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        Assert.Equal("two_factor_required", await api.ProblemCodeAsync());

        var key = await KeyShownOnEnrolmentAsync(client);
        await client.PostFormAsync("/akun/dua-langkah?handler=Enable", new() { ["Code"] = CodeFor(key) }, pageUrl: "/akun/dua-langkah");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin/pengguna")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/users")).StatusCode);
    }

    [SkippableFact]
    public async Task An_administrator_without_two_factor_can_still_sign_out()
    {
        app.SkipIfUnavailable();
        var name = TestAccounts.UniqueName();
        await app.CreateStaffAsync(name, Roles.Admin, "DISKOMINFO");
        var client = app.Browser();
        await client.SignInAsync(name, TestAccounts.Password);
        var signOut = await client.PostFormAsync("/keluar", [], pageUrl: "/akun/dua-langkah");
        Assert.Equal("/", signOut.Headers.Location?.OriginalString);
        Assert.Contains("/masuk", await client.GetStringAsync("/"), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Two_factor_cannot_be_turned_off_for_a_role_that_requires_it_but_can_for_others()
    {
        app.SkipIfUnavailable();
        var admin = app.Browser();
        await admin.SignInAsync("admin");
        var refused = await admin.PostFormAsync("/akun/dua-langkah?handler=Disable", [], pageUrl: "/akun/dua-langkah");
        Assert.Contains("tidak dapat dinonaktifkan", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(await app.WithDb(db => db.Users.Where(u => u.UserName == "admin").Select(u => u.TwoFactorEnabled).SingleAsync()));

        var name = TestAccounts.UniqueName();
        await app.CreateStaffAsync(name, Roles.Inspektur, "INSPEKTORAT");
        var client = app.Browser();
        await client.SignInAsync(name, TestAccounts.Password);
        var key = await KeyShownOnEnrolmentAsync(client);
        await client.PostFormAsync("/akun/dua-langkah?handler=Enable", new() { ["Code"] = CodeFor(key) }, pageUrl: "/akun/dua-langkah");
        var disabled = await client.PostFormAsync("/akun/dua-langkah?handler=Disable", [], pageUrl: "/akun/dua-langkah");
        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        Assert.False(await app.WithDb(db => db.Users.Where(u => u.UserName == name).Select(u => u.TwoFactorEnabled).SingleAsync()));
    }

    [SkippableFact]
    public async Task Lockout_after_five_wrong_passwords_blocks_even_the_right_one()
    {
        app.SkipIfUnavailable();
        var name = TestAccounts.UniqueName();
        await app.CreateStaffAsync(name, Roles.OpdOperator, "DINSOS");
        var client = app.Browser();
        for (var i = 0; i < 5; i++)
        {
            await client.PostFormAsync("/masuk", new() { ["UserName"] = name, ["Password"] = "salah-salah-salah" });
        }

        var locked = await client.PostFormAsync("/masuk", new() { ["UserName"] = name, ["Password"] = TestAccounts.Password });
        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.Contains("Akun dikunci sementara", await locked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task The_account_page_changes_the_password_under_the_policy()
    {
        app.SkipIfUnavailable();
        var name = TestAccounts.UniqueName();
        await app.CreateStaffAsync(name, Roles.OpdOperator, "DINSOS");
        var client = app.Browser();
        await client.SignInAsync(name, TestAccounts.Password);

        var common = await client.PostFormAsync("/akun?handler=Password", new() { ["CurrentPassword"] = TestAccounts.Password, ["NewPassword"] = "bismillah123" }, pageUrl: "/akun");
        Assert.Contains("terlalu umum", await common.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var shortOne = await client.PostFormAsync("/akun?handler=Password", new() { ["CurrentPassword"] = TestAccounts.Password, ["NewPassword"] = "pendek" }, pageUrl: "/akun");
        Assert.Contains("minimal 10 karakter", await shortOne.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var changed = await client.PostFormAsync("/akun?handler=Password", new() { ["CurrentPassword"] = TestAccounts.Password, ["NewPassword"] = "Nasi Pecel Madiun Enak" }, pageUrl: "/akun");
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        await app.Browser().SignInAsync(name, "Nasi Pecel Madiun Enak");
    }

    [GeneratedRegex(@"id=""authenticator-key"">([A-Z2-7 ]+)<")]
    private static partial Regex ShownKey();

    [GeneratedRegex(@"<li>([A-Z0-9]{5}-[A-Z0-9]{5})</li>")]
    private static partial Regex RecoveryCodeItem();
}

[Collection(SqliteCollection.Name)]
public sealed class TwoFactorTestsOnSqlite(SqliteApp app) : TwoFactorTests(app);

[Collection(PostgresCollection.Name)]
public sealed class TwoFactorTestsOnPostgres(PostgresApp app) : TwoFactorTests(app);

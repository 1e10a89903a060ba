using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Pamong.Platform.Accounts;
using Pamong.Platform.Demo;
using Pamong.Tests.Infrastructure;

namespace Pamong.Tests.Accounts;

public abstract partial class UserAdministrationTests(PamongApp app)
{
    private async Task<HttpClient> AdminAsync()
    {
        var client = app.Browser();
        await client.SignInAsync("admin");
        return client;
    }

    private Task<int> UnitIdAsync(string code) => app.WithDb(db => db.OrganisationUnits.Where(u => u.Code == code).Select(u => u.Id).SingleAsync());

    [SkippableFact]
    public async Task Admin_finds_accounts_by_name_user_name_or_nip_and_filters_by_role_and_unit()
    {
        app.SkipIfUnavailable();
        var admin = await AdminAsync();
        var byName = await admin.GetStringAsync("/admin/pengguna?q=kemiren");
        Assert.Contains("Operator Desa Kemiren", byName, StringComparison.Ordinal);
        Assert.DoesNotContain("Sekretaris Daerah", byName, StringComparison.Ordinal);

        async Task<List<string>> UserNamesAsync(string query) =>
            (await (await admin.GetAsync("/api/v1/users?" + query)).JsonAsync()).GetProperty("items").EnumerateArray().Select(u => u.GetProperty("userName").GetString()!).ToList();

        Assert.Contains("kecamatan", await UserNamesAsync("q=KECAMATAN"));
        Assert.Contains("admin", await UserNamesAsync("q=198507172010011003"));
        Assert.Equal(["kecamatan"], (await UserNamesAsync("role=KecamatanOperator")).Where(DemoAccounts.IsDemoAccount));
        Assert.Equal(["opd"], (await UserNamesAsync("unit=DINSOS")).Where(DemoAccounts.IsDemoAccount));
        Assert.Equal(["desa", "warga"], (await UserNamesAsync("unit=kemiren&sort=username")).Where(DemoAccounts.IsDemoAccount));
        var descending = await UserNamesAsync("sort=-username&pageSize=200");
        Assert.Equal(descending.OrderByDescending(n => n, StringComparer.Ordinal), descending);
    }

    [SkippableFact]
    public async Task The_list_is_paged()
    {
        app.SkipIfUnavailable();
        var admin = await AdminAsync();
        var page = await (await admin.GetAsync("/api/v1/users?pageSize=2&page=2")).JsonAsync();
        Assert.Equal(2, page.GetProperty("items").GetArrayLength());
        Assert.Equal(2, page.GetProperty("page").GetInt32());
        Assert.True(page.GetProperty("total").GetInt32() >= 7);
        var html = await admin.GetStringAsync("/admin/pengguna?ukuran=2&halaman=2");
        Assert.Contains("Halaman 2 dari", html, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Admin_creates_a_staff_account_with_a_generated_password_shown_once()
    {
        app.SkipIfUnavailable();
        var admin = await AdminAsync();
        var name = TestAccounts.UniqueName();
        var response = await admin.PostFormAsync("/admin/pengguna/baru", new() { ["UserName"] = name, ["FullName"] = "Dewi Lestari", ["Nip"] = "199001012015032001" });
        var password = GeneratedPassword().Match(await response.Content.ReadAsStringAsync()).Groups[1].Value;
        Assert.Matches("^[a-z2-9]{4}(-[a-z2-9]{4}){3}$", password);
        await app.Browser().SignInAsync(name, password);

        var user = await app.WithDb(db => db.Users.SingleAsync(u => u.UserName == name));
        Assert.Equal(AccountKind.Staff, user.Kind);
        Assert.Equal("199001012015032001", user.Nip);
        Assert.DoesNotContain(password, await admin.GetStringAsync("/admin/pengguna/" + user.Id), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Creating_a_staff_account_checks_the_nip_the_user_name_and_the_password()
    {
        app.SkipIfUnavailable();
        var admin = await AdminAsync();
        var page = await admin.PostFormAsync("/admin/pengguna/baru", new() { ["UserName"] = TestAccounts.UniqueName(), ["FullName"] = "X", ["Nip"] = "199013452015032000" });
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("Tanggal lahir pada NIP tidak valid.", html, StringComparison.Ordinal);
        Assert.Contains("Nomor urut pada NIP tidak boleh 000.", html, StringComparison.Ordinal);

        var taken = await admin.PostAsJsonAsync("/api/v1/users", new { userName = "desa", fullName = "Lain", password = TestAccounts.Password });
        Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);
        Assert.Equal("username_taken", await taken.ProblemCodeAsync());

        var common = await admin.PostAsJsonAsync("/api/v1/users", new { userName = TestAccounts.UniqueName(), fullName = "Lain", password = "password123" });
        Assert.Equal("password_too_common", await common.ProblemCodeAsync());

        var created = await admin.PostAsJsonAsync("/api/v1/users", new { userName = TestAccounts.UniqueName(), fullName = "Kontrak", password = TestAccounts.Password });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(JsonValueKindNull, (await created.JsonAsync()).GetProperty("generatedPassword").ValueKind);
    }

    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;

    [SkippableFact]
    public async Task Admin_grants_a_role_at_a_unit_found_by_search_and_the_grant_is_audited()
    {
        app.SkipIfUnavailable();
        var admin = await AdminAsync();
        var name = TestAccounts.UniqueName();
        var id = (await (await admin.PostAsJsonAsync("/api/v1/users", new { userName = name, fullName = "Operator Baru", password = TestAccounts.Password })).JsonAsync()).GetProperty("id").GetString()!;

        var search = await admin.GetStringAsync($"/admin/pengguna/{id}?Role=DesaOperator&unitq=olehsari");
        Assert.Contains("Desa Olehsari", search, StringComparison.Ordinal);
        Assert.DoesNotContain("Kecamatan Glagah", search, StringComparison.Ordinal);
        var unitId = await UnitIdAsync("35.10.15.2005");
        var granted = await admin.PostFormAsync($"/admin/pengguna/{id}?handler=Grant", new() { ["Role"] = "DesaOperator", ["UnitId"] = unitId.ToString() }, pageUrl: $"/admin/pengguna/{id}?Role=DesaOperator&unitq=olehsari");
        Assert.Equal("/admin/pengguna/" + id, granted.Headers.Location?.OriginalString);

        var grant = await app.WithDb(db => db.RoleGrants.SingleAsync(g => g.UserId == id));
        Assert.Equal((Roles.DesaOperator, unitId), (grant.Role, grant.UnitId));
        // A new row's key is not known when the audit record is written, so find the record by its content.
        var audit = await app.WithDb(db => db.AuditRecords.SingleAsync(r => r.Subject == "RoleGrant" && r.Action == "created" && r.After!.Contains(id)));
        Assert.Equal("admin", audit.ActorName);

        var operatorClient = app.Browser();
        await operatorClient.SignInAsync(name, TestAccounts.Password);
        Assert.Contains("35.10.15.2005", await operatorClient.GetStringAsync("/akun-warga/baru"), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_role_is_granted_only_at_a_unit_of_the_right_kind_and_to_the_right_kind_of_account()
    {
        app.SkipIfUnavailable();
        var admin = await AdminAsync();
        var id = await app.CreateStaffAsync(TestAccounts.UniqueName(), Roles.OpdOperator, "DINSOS");

        async Task<string> RefusedAsync(string role, string unitCode)
        {
            var response = await admin.PostAsJsonAsync($"/api/v1/users/{id}/grants", new { role, unitCode });
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            return await response.ProblemCodeAsync();
        }

        Assert.Equal("grant_unit_kind_mismatch", await RefusedAsync(Roles.KecamatanOperator, "DINSOS"));
        Assert.Equal("grant_unit_kind_mismatch", await RefusedAsync(Roles.DesaOperator, "35.10.15"));
        Assert.Equal("grant_unit_kind_mismatch", await RefusedAsync(Roles.Admin, "35.10.15.2004"));
        Assert.Equal("grant_account_kind_mismatch", await RefusedAsync(Roles.Warga, "35.10.15.2004"));
        Assert.Equal("role_unknown", await RefusedAsync("Superuser", "PEMDA"));
        Assert.Equal("unit_not_found", await RefusedAsync(Roles.Pimpinan, "TIDAK-ADA"));

        var ok = await admin.PostAsJsonAsync($"/api/v1/users/{id}/grants", new { role = Roles.KecamatanOperator, unitCode = "35.10.15" });
        Assert.Equal(HttpStatusCode.Created, ok.StatusCode);
        var again = await admin.PostAsJsonAsync($"/api/v1/users/{id}/grants", new { role = Roles.KecamatanOperator, unitCode = "35.10.15" });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [SkippableFact]
    public async Task Admin_removes_a_grant_after_confirming_with_a_reason()
    {
        app.SkipIfUnavailable();
        var admin = await AdminAsync();
        var id = await app.CreateStaffAsync(TestAccounts.UniqueName(), Roles.OpdOperator, "DINSOS");
        var grantId = await app.WithDb(db => db.RoleGrants.Where(g => g.UserId == id).Select(g => g.Id).SingleAsync());
        var confirm = await admin.GetStringAsync($"/admin/pengguna/{id}/peran/{grantId}/hapus");
        Assert.Contains("Cabut peran Operator OPD di Dinas Sosial", confirm, StringComparison.Ordinal);

        var removed = await admin.PostFormAsync($"/admin/pengguna/{id}/peran/{grantId}/hapus", new() { ["Reason"] = "Mutasi ke Bappeda" });
        Assert.Equal("/admin/pengguna/" + id, removed.Headers.Location?.OriginalString);
        Assert.False(await app.WithDb(db => db.RoleGrants.AnyAsync(g => g.Id == grantId)));
        var audit = await app.WithDb(db => db.AuditRecords.SingleAsync(r => r.Subject == "RoleGrant" && r.SubjectId == grantId.ToString() && r.Action == "deleted"));
        Assert.Equal(("admin", "Mutasi ke Bappeda"), (audit.ActorName, audit.Reason));
    }

    [SkippableFact]
    public async Task An_admin_cannot_remove_their_own_last_admin_grant()
    {
        app.SkipIfUnavailable();
        var key = "MYADMINKEYMYADMINKEYMYADMINKEY23";
        var name = TestAccounts.UniqueName();
        var id = await app.CreateStaffAsync(name, Roles.Admin, "DISKOMINFO", authenticatorKey: key);
        var grantId = await app.WithDb(db => db.RoleGrants.Where(g => g.UserId == id).Select(g => g.Id).SingleAsync());
        var client = app.Browser();
        await client.SignInAsync(name, TestAccounts.Password, key);

        var page = await client.PostFormAsync($"/admin/pengguna/{id}/peran/{grantId}/hapus", []);
        Assert.Contains("peran Admin terakhir Anda sendiri", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var api = await client.DeleteAsync($"/api/v1/users/{id}/grants/{grantId}");
        Assert.Equal(HttpStatusCode.Conflict, api.StatusCode);
        Assert.Equal("last_admin_grant", await api.ProblemCodeAsync());
        Assert.True(await app.WithDb(db => db.RoleGrants.AnyAsync(g => g.Id == grantId)));

        var other = await AdminAsync();
        Assert.Equal(HttpStatusCode.NoContent, (await other.DeleteAsync($"/api/v1/users/{id}/grants/{grantId}?reason=pensiun")).StatusCode);
    }

    [SkippableFact]
    public async Task A_locked_account_cannot_sign_in_until_it_is_unlocked()
    {
        app.SkipIfUnavailable();
        var admin = await AdminAsync();
        var name = TestAccounts.UniqueName();
        var id = await app.CreateStaffAsync(name, Roles.OpdOperator, "DINSOS");
        var locked = await admin.PostFormAsync($"/admin/pengguna/{id}?handler=Lock", new() { ["Reason"] = "Laptop hilang" }, pageUrl: $"/admin/pengguna/{id}");
        Assert.Equal(HttpStatusCode.Redirect, locked.StatusCode);
        Assert.Contains("Terkunci", await admin.GetStringAsync($"/admin/pengguna/{id}"), StringComparison.Ordinal);

        var refused = await app.Browser().PostFormAsync("/masuk", new() { ["UserName"] = name, ["Password"] = TestAccounts.Password });
        Assert.Contains("Akun dikunci", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsJsonAsync($"/api/v1/users/{id}/unlock", new { reason = "Ditemukan" })).StatusCode);
        await app.Browser().SignInAsync(name, TestAccounts.Password);
        Assert.Equal("Laptop hilang", await app.WithDb(db => db.AuditRecords.Where(r => r.Subject == "PamongUser" && r.SubjectId == id && r.Reason != null).OrderBy(r => r.Sequence).Select(r => r.Reason).FirstAsync()));
    }

    [SkippableFact]
    public async Task An_admin_cannot_lock_their_own_account()
    {
        app.SkipIfUnavailable();
        var admin = await AdminAsync();
        var adminId = await app.UserIdAsync("admin");
        var response = await admin.PostAsync($"/api/v1/users/{adminId}/lock", null);
        Assert.Equal("cannot_lock_self", await response.ProblemCodeAsync());
    }

    [SkippableFact]
    public async Task Resetting_two_factor_turns_it_off_and_the_next_sign_in_needs_only_the_password()
    {
        app.SkipIfUnavailable();
        var admin = await AdminAsync();
        var name = TestAccounts.UniqueName();
        var id = await app.CreateStaffAsync(name, Roles.OpdOperator, "DINSOS", authenticatorKey: "OPDKEYOPDKEYOPDKEYOPDKEYOPDKEY23");
        var before = await app.Browser().PostFormAsync("/masuk", new() { ["UserName"] = name, ["Password"] = TestAccounts.Password });
        Assert.StartsWith("/masuk/dua-langkah", before.Headers.Location?.OriginalString, StringComparison.Ordinal);

        var reset = await admin.PostFormAsync($"/admin/pengguna/{id}?handler=ResetTwoFactor", [], pageUrl: $"/admin/pengguna/{id}");
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        var after = await app.Browser().PostFormAsync("/masuk", new() { ["UserName"] = name, ["Password"] = TestAccounts.Password });
        Assert.Equal("/", after.Headers.Location?.OriginalString);
        Assert.True(await app.WithDb(db => db.AuditRecords.AnyAsync(r => r.Action == "two-factor-reset" && r.SubjectId == id)));
    }

    [SkippableFact]
    public async Task Resetting_a_password_shows_the_new_one_once_and_the_old_one_stops_working()
    {
        app.SkipIfUnavailable();
        var admin = await AdminAsync();
        var name = TestAccounts.UniqueName();
        var id = await app.CreateStaffAsync(name, Roles.OpdOperator, "DINSOS");
        var page = await admin.PostFormAsync($"/admin/pengguna/{id}?handler=ResetPassword", new() { ["Reason"] = "Lupa kata sandi" }, pageUrl: $"/admin/pengguna/{id}");
        var password = GeneratedPassword().Match(await page.Content.ReadAsStringAsync()).Groups[1].Value;
        Assert.NotEmpty(password);
        await app.Browser().SignInAsync(name, password);
        var old = await app.Browser().PostFormAsync("/masuk", new() { ["UserName"] = name, ["Password"] = TestAccounts.Password });
        Assert.Equal(HttpStatusCode.OK, old.StatusCode);

        var api = await (await admin.PostAsync($"/api/v1/users/{id}/reset-password", null)).JsonAsync();
        await app.Browser().SignInAsync(name, api.GetProperty("password").GetString()!);
    }

    [SkippableFact]
    public async Task Pimpinan_reads_everything_but_cannot_manage_users()
    {
        app.SkipIfUnavailable();
        var client = app.Browser();
        await client.SignInAsync("pimpinan");
        Assert.Contains("/akses-ditolak", (await client.GetAsync("/admin/pengguna")).Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/users")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/v1/users", new { userName = "x" })).StatusCode);
        var permissions = (await (await client.GetAsync("/api/v1/me")).JsonAsync()).GetProperty("permissions").EnumerateArray().Select(p => p.GetString()).ToList();
        Assert.Contains(Permissions.ReadCitizens, permissions);
        Assert.Contains(Permissions.ReadAudit, permissions);
        Assert.DoesNotContain(Permissions.ManageUsers, permissions);
        Assert.DoesNotContain("/admin/pengguna", await client.GetStringAsync("/"), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_citizen_is_refused_every_staff_page_and_endpoint()
    {
        app.SkipIfUnavailable();
        var client = app.Browser();
        await client.SignInAsync("warga");
        foreach (var path in new[] { "/admin/pengguna", "/admin/pengguna/baru", "/admin/kunci-api", "/akun/token", "/akun-warga/baru" })
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/akses-ditolak", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
        }

        var denied = await client.GetAsync("/akses-ditolak");
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        foreach (var path in new[] { "/api/v1/users", "/api/v1/api-keys", "/api/v1/me/tokens" })
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Equal("forbidden", await response.ProblemCodeAsync());
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/akun")).StatusCode);
    }

    [SkippableFact]
    public async Task The_menu_shows_users_and_api_keys_to_administrators_only()
    {
        app.SkipIfUnavailable();
        var home = await (await AdminAsync()).GetStringAsync("/wilayah"); // the platform's menu group shows its entries on its pages
        Assert.Contains("href=\"/admin/pengguna\"", home, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/kunci-api\"", home, StringComparison.Ordinal);
        var desa = app.Browser();
        await desa.SignInAsync("desa");
        var desaHome = await desa.GetStringAsync("/wilayah");
        Assert.DoesNotContain("href=\"/admin/pengguna\"", desaHome, StringComparison.Ordinal);
        Assert.Contains("href=\"/akun-warga/baru\"", desaHome, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"id=""generated-password"">([^<]+)<")]
    private static partial Regex GeneratedPassword();
}

[Collection(SqliteCollection.Name)]
public sealed class UserAdministrationTestsOnSqlite(SqliteApp app) : UserAdministrationTests(app);

[Collection(PostgresCollection.Name)]
public sealed class UserAdministrationTestsOnPostgres(PostgresApp app) : UserAdministrationTests(app);

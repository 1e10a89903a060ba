using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Pamong.Platform.Accounts;
using Pamong.Platform.Tenancy;
using Pamong.Tests.Infrastructure;

namespace Pamong.Tests.Accounts;

/// <summary>A user of one Pemda never reads or changes another Pemda's accounts, through pages, the API or tokens.</summary>
public abstract class TenantIsolationTests(PamongApp app)
{
    private async Task<HttpClient> SeruyanAdminAsync()
    {
        await SecondTenant.EnsureAsync(app);
        var client = SecondTenant.Browser(app);
        await SecondTenant.SignInAsAdminAsync(client);
        return client;
    }

    private async Task<HttpClient> BanyuwangiAdminAsync()
    {
        var client = app.Browser();
        await client.SignInAsync("admin");
        return client;
    }

    [SkippableFact]
    public async Task Each_pemda_has_its_own_admin_and_desa_accounts_with_the_same_user_names()
    {
        app.SkipIfUnavailable();
        await SecondTenant.EnsureAsync(app);
        Assert.NotEqual(await app.UserIdAsync("desa"), await app.UserIdAsync("desa", SecondTenant.Id));

        var wrongPemda = await SecondTenant.Browser(app).PostFormAsync("/masuk", new() { ["UserName"] = "desa", ["Password"] = Platform.Demo.DemoAccounts.Password });
        Assert.Contains("Nama pengguna atau kata sandi salah", await wrongPemda.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var seruyanPasswordHere = await app.Browser().PostFormAsync("/masuk", new() { ["UserName"] = "desa", ["Password"] = SecondTenant.Password });
        Assert.Contains("Nama pengguna atau kata sandi salah", await seruyanPasswordHere.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var desa = SecondTenant.Browser(app);
        await SecondTenant.SignInAsDesaAsync(desa);
        Assert.Equal(SecondTenant.Id, (await (await desa.GetAsync("/api/v1/me")).JsonAsync()).GetProperty("tenant").GetString());
        Assert.Contains("Pemerintah Kabupaten Seruyan", await desa.GetStringAsync("/"), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task The_user_list_shows_only_the_own_pemdas_accounts_on_the_page_and_in_the_api()
    {
        app.SkipIfUnavailable();
        var seruyan = await SeruyanAdminAsync();
        var page = await seruyan.GetStringAsync("/admin/pengguna");
        Assert.DoesNotContain("Operator Desa Kemiren", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Siti Rahayu", page, StringComparison.Ordinal);
        var list = await (await seruyan.GetAsync("/api/v1/users?pageSize=200")).JsonAsync();
        var seruyanCount = await app.WithDb(db => db.Users.CountAsync(), SecondTenant.Id);
        Assert.Equal(seruyanCount, list.GetProperty("total").GetInt32());
        Assert.DoesNotContain("warga", list.GetProperty("items").EnumerateArray().Select(u => u.GetProperty("userName").GetString()));

        var banyuwangi = await (await (await BanyuwangiAdminAsync()).GetAsync("/api/v1/users?q=desa&pageSize=200")).JsonAsync();
        var seruyanDesa = await app.UserIdAsync("desa", SecondTenant.Id);
        Assert.DoesNotContain(seruyanDesa, banyuwangi.GetProperty("items").EnumerateArray().Select(u => u.GetProperty("id").GetString()));
    }

    [SkippableFact]
    public async Task An_account_of_another_pemda_cannot_be_opened_or_changed_through_pages_or_the_api()
    {
        app.SkipIfUnavailable();
        var seruyan = await SeruyanAdminAsync();
        var target = await app.UserIdAsync("desa");
        var grantId = await app.WithDb(db => db.RoleGrants.Where(g => g.UserId == target).Select(g => g.Id).FirstAsync());

        Assert.Equal(HttpStatusCode.NotFound, (await seruyan.GetAsync($"/admin/pengguna/{target}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await seruyan.GetAsync($"/admin/pengguna/{target}/peran/{grantId}/hapus")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await seruyan.GetAsync($"/api/v1/users/{target}")).StatusCode);
        foreach (var action in new[] { "lock", "unlock", "reset-two-factor", "reset-password" })
        {
            var response = await seruyan.PostAsync($"/api/v1/users/{target}/{action}", null);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await seruyan.PostAsJsonAsync($"/api/v1/users/{target}/grants", new { role = Roles.Admin, unitCode = "DISKOMINFO" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await seruyan.DeleteAsync($"/api/v1/users/{target}/grants/{grantId}")).StatusCode);
        var lockPage = await seruyan.PostFormAsync($"/admin/pengguna/{target}?handler=Lock", [], pageUrl: "/admin/pengguna");
        Assert.Equal(HttpStatusCode.NotFound, lockPage.StatusCode);

        var desa = await app.WithDb(db => db.Users.SingleAsync(u => u.Id == target));
        Assert.Null(desa.LockoutEnd);
        Assert.True(await app.WithDb(db => db.RoleGrants.AnyAsync(g => g.Id == grantId)));
    }

    [SkippableFact]
    public async Task A_unit_of_another_pemda_cannot_be_granted()
    {
        app.SkipIfUnavailable();
        var seruyan = await SeruyanAdminAsync();
        var ownDesa = await app.UserIdAsync("desa", SecondTenant.Id);
        var kemiren = await app.WithDb(db => db.OrganisationUnits.Where(u => u.Code == "35.10.15.2004").Select(u => u.Id).SingleAsync());
        var response = await seruyan.PostAsJsonAsync($"/api/v1/users/{ownDesa}/grants", new { role = Roles.DesaOperator, unitId = kemiren });
        Assert.Equal("unit_not_found", await response.ProblemCodeAsync());

        var search = await seruyan.GetStringAsync($"/admin/pengguna/{ownDesa}?Role=DesaOperator&unitq=kemiren");
        Assert.DoesNotContain("Desa Kemiren", search, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Tokens_work_only_inside_their_own_pemda()
    {
        app.SkipIfUnavailable();
        var seruyan = await SeruyanAdminAsync();
        var seruyanToken = await seruyan.NewPersonalTokenAsync();
        var banyuwangiDesa = await app.UserIdAsync("desa");

        var api = app.Bearer(seruyanToken);
        Assert.Equal(SecondTenant.Id, (await (await api.GetAsync("/api/v1/me")).JsonAsync()).GetProperty("tenant").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/users/{banyuwangiDesa}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.PostAsync($"/api/v1/users/{banyuwangiDesa}/lock", null)).StatusCode);
        var names = (await (await api.GetAsync("/api/v1/users?pageSize=200")).JsonAsync()).GetProperty("items").EnumerateArray().Select(u => u.GetProperty("id").GetString());
        Assert.DoesNotContain(banyuwangiDesa, names);

        var banyuwangiToken = await (await BanyuwangiAdminAsync()).NewPersonalTokenAsync();
        var onSeruyanHost = await app.Bearer(banyuwangiToken, SecondTenant.Host).GetAsync("/api/v1/me");
        Assert.Equal(HttpStatusCode.Unauthorized, onSeruyanHost.StatusCode);

        var key = await (await seruyan.PostAsJsonAsync("/api/v1/api-keys", new { name = "Mitra", partner = "Seruyan", scopes = new[] { "citizens.read" } })).JsonAsync();
        var keyApi = app.Bearer(key.GetProperty("secret").GetString()!);
        Assert.Equal(SecondTenant.Id, (await (await keyApi.GetAsync("/api/v1/me")).JsonAsync()).GetProperty("tenant").GetString());
        var banyuwangiKeys = (await (await (await BanyuwangiAdminAsync()).GetAsync("/api/v1/api-keys")).JsonAsync()).EnumerateArray().Select(k => k.GetProperty("id").GetInt32());
        Assert.DoesNotContain(key.GetProperty("token").GetProperty("id").GetInt32(), banyuwangiKeys);
        var revokeOther = await (await BanyuwangiAdminAsync()).DeleteAsync($"/api/v1/api-keys/{key.GetProperty("token").GetProperty("id").GetInt32()}");
        Assert.Equal(HttpStatusCode.NotFound, revokeOther.StatusCode);
    }

    [SkippableFact]
    public async Task Citizens_register_only_in_villages_of_the_pemda_they_register_with()
    {
        app.SkipIfUnavailable();
        await SecondTenant.EnsureAsync(app);
        var body = new { nik = TestAccounts.NewNik(), kkNumber = TestAccounts.NewKk(), fullName = "Warga", villageCode = "35.10.15.2004", phone = TestAccounts.NewPhone().Stored, password = "Gandrung Sewu Di Pantai" };
        var onSeruyan = await SecondTenant.Browser(app).PostAsJsonAsync("/api/v1/registrations", body);
        Assert.Equal("village_unknown", await onSeruyan.ProblemCodeAsync());

        var seruyanDesa = SecondTenant.Browser(app);
        await SecondTenant.SignInAsDesaAsync(seruyanDesa);
        Assert.Equal("village_unknown", await (await seruyanDesa.PostAsJsonAsync("/api/v1/citizen-accounts", body)).ProblemCodeAsync());
        Assert.Equal(HttpStatusCode.Accepted, (await seruyanDesa.PostAsJsonAsync("/api/v1/citizen-accounts", body with { villageCode = SecondTenant.VillageCode })).StatusCode);
    }

    [SkippableFact]
    public async Task The_tenant_guard_refuses_to_write_another_pemdas_rows()
    {
        app.SkipIfUnavailable();
        await SecondTenant.EnsureAsync(app);
        await Assert.ThrowsAsync<CrossTenantWriteException>(() => app.WithDb(async db =>
        {
            var other = await db.Users.IgnoreQueryFilters().SingleAsync(u => u.TenantId == SecondTenant.Id && u.UserName == "desa");
            other.FullName = "Diubah dari Banyuwangi";
            return await db.SaveChangesAsync();
        }));
        await Assert.ThrowsAsync<CrossTenantWriteException>(() => app.WithDb(async db =>
        {
            var unit = await db.OrganisationUnits.IgnoreQueryFilters().FirstAsync(u => u.TenantId == SecondTenant.Id);
            db.RoleGrants.Add(new RoleGrant { TenantId = SecondTenant.Id, UserId = "x", Role = Roles.Admin, UnitId = unit.Id });
            return await db.SaveChangesAsync();
        }));
        Assert.NotEqual("Diubah dari Banyuwangi", await app.WithDb(db => db.Users.Where(u => u.UserName == "desa").Select(u => u.FullName).SingleAsync(), SecondTenant.Id));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class TenantIsolationTestsOnSqlite(SqliteApp app) : TenantIsolationTests(app);

[Collection(PostgresCollection.Name)]
public sealed class TenantIsolationTestsOnPostgres(PostgresApp app) : TenantIsolationTests(app);

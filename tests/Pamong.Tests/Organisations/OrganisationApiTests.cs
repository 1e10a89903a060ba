using System.Net;
using Microsoft.EntityFrameworkCore;
using Pamong.Tests.Infrastructure;

namespace Pamong.Tests.Organisations;

public abstract class OrganisationApiTests(PamongApp app)
{
    private static string NewCode() => "API-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

    [SkippableFact]
    public async Task Units_can_be_listed_by_kind_and_search_a_page_at_a_time()
    {
        app.SkipIfUnavailable();
        var client = app.Browser();
        await client.SignInAsync("desa");
        var page = await (await client.GetAsync("/api/v1/organisation/units?kind=kecamatan&pageSize=5&page=2")).JsonAsync();
        Assert.Equal(25, page.GetProperty("total").GetInt32());
        Assert.Equal(2, page.GetProperty("page").GetInt32());
        Assert.Equal(5, page.GetProperty("items").GetArrayLength());
        Assert.All(page.GetProperty("items").EnumerateArray(), u => Assert.Equal("Kecamatan", u.GetProperty("kind").GetString()));

        var found = await (await client.GetAsync("/api/v1/organisation/units?q=kemiren")).JsonAsync();
        Assert.Equal("35.10.15.2004", Assert.Single(found.GetProperty("items").EnumerateArray()).GetProperty("code").GetString());

        var wrongKind = await client.GetAsync("/api/v1/organisation/units?kind=dinas");
        Assert.Equal(HttpStatusCode.BadRequest, wrongKind.StatusCode);
        Assert.Equal("unit_kind_invalid", (await wrongKind.JsonAsync()).ProblemCode());
    }

    [SkippableFact]
    public async Task Opd_is_created_updated_and_a_taken_code_answers_unit_code_taken()
    {
        app.SkipIfUnavailable();
        var client = app.Browser();
        await client.SignInAsync("admin");
        var code = NewCode();
        var created = await client.PostJson("/api/v1/organisation/units", new { code, name = "Badan API", active = true });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var unit = await created.JsonAsync();
        var id = unit.GetProperty("id").GetInt32();
        Assert.Equal("Opd", unit.GetProperty("kind").GetString());
        Assert.Equal($"/api/v1/organisation/units/{id}", created.Headers.Location?.OriginalString);

        var taken = await client.PostJson("/api/v1/organisation/units", new { code = "diskominfo", name = "Lagi", active = true });
        Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);
        var problem = await taken.JsonAsync();
        Assert.Equal("unit_code_taken", problem.ProblemCode());
        Assert.NotEmpty(problem.ErrorsOf("code"));

        var invalid = await client.PostJson("/api/v1/organisation/units", new { code = "a.b", name = "", active = true });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var invalidProblem = await invalid.JsonAsync();
        Assert.Equal("unit_invalid", invalidProblem.ProblemCode());
        Assert.NotEmpty(invalidProblem.ErrorsOf("code"));
        Assert.NotEmpty(invalidProblem.ErrorsOf("name"));

        var updated = await client.PutJson($"/api/v1/organisation/units/{id}", new { code, name = "Badan API Daerah", active = false });
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var read = await (await client.GetAsync($"/api/v1/organisation/units/{id}")).JsonAsync();
        Assert.Equal("Badan API Daerah", read.GetProperty("name").GetString());
        Assert.False(read.GetProperty("active").GetBoolean());

        var kemiren = await app.WithDb(db => db.OrganisationUnits.SingleAsync(u => u.Code == "35.10.15.2004"));
        var notOpd = await client.PutJson($"/api/v1/organisation/units/{kemiren.Id}", new { code = "KEMIREN", name = "X", active = true });
        Assert.Equal("unit_not_opd", (await notOpd.JsonAsync()).ProblemCode());
    }

    [SkippableFact]
    public async Task Changes_need_organisation_manage()
    {
        app.SkipIfUnavailable();
        var client = app.Browser();
        await client.SignInAsync("pimpinan");
        var create = await client.PostJson("/api/v1/organisation/units", new { code = NewCode(), name = "X", active = true });
        Assert.True(create.StatusCode == HttpStatusCode.Forbidden, create.StatusCode + " " + create.Headers.Location + await create.Content.ReadAsStringAsync());
        var sync = await client.PostAsync("/api/v1/organisation/sync-areas", null);
        Assert.True(sync.StatusCode == HttpStatusCode.Forbidden, await sync.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Browser().GetAsync("/api/v1/organisation/units")).StatusCode);
    }

    [SkippableFact]
    public async Task Sync_areas_reports_nothing_added_when_every_office_exists()
    {
        app.SkipIfUnavailable();
        var client = app.Browser();
        await client.SignInAsync("admin");
        var first = await (await client.PostAsync("/api/v1/organisation/sync-areas", null)).JsonAsync();
        var second = await (await client.PostAsync("/api/v1/organisation/sync-areas", null)).JsonAsync();
        Assert.Equal(0, second.GetProperty("added").GetInt32());
        Assert.True(first.GetProperty("added").GetInt32() >= 0);
        Assert.Equal(25 + 217, await app.WithDb(db => db.OrganisationUnits.CountAsync(u => u.RegionCode.StartsWith("35.10."))));
    }

    [SkippableFact]
    public async Task Positions_are_added_listed_and_renamed_through_the_api()
    {
        app.SkipIfUnavailable();
        var unit = await app.WithDb(db => db.OrganisationUnits.SingleAsync(u => u.Code == "DISHUB"));
        var client = app.Browser();
        await client.SignInAsync("admin");
        var name = "Kepala Seksi Uji " + Guid.NewGuid().ToString("N")[..6];
        var created = await client.PostJson($"/api/v1/organisation/units/{unit.Id}/positions", new { name, grade = "Eselon IV.a", active = true });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.JsonAsync()).GetProperty("id").GetInt32();

        var duplicate = await client.PostJson($"/api/v1/organisation/units/{unit.Id}/positions", new { name, active = true });
        Assert.Equal("position_name_taken", (await duplicate.JsonAsync()).ProblemCode());

        var renamed = await client.PutJson($"/api/v1/organisation/positions/{id}", new { name = name + " Baru", grade = (string?)null, active = true });
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        var list = await (await client.GetAsync($"/api/v1/organisation/units/{unit.Id}/positions")).JsonAsync();
        Assert.Contains(list.EnumerateArray(), p => p.GetProperty("name").GetString() == name + " Baru");
    }

    [SkippableFact]
    public async Task Staff_api_lists_every_NIP_problem_under_errors_nip()
    {
        app.SkipIfUnavailable();
        var unit = await app.WithDb(db => db.OrganisationUnits.SingleAsync(u => u.Code == "DPU"));
        var client = app.Browser();
        await client.SignInAsync("admin");
        var response = await client.PostJson("/api/v1/organisation/staff", new { fullName = "Pegawai Uji", status = "Asn", nip = "198513172010013000", unitId = unit.Id, active = true });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.JsonAsync();
        Assert.Equal("nip_invalid", problem.ProblemCode());
        var nip = problem.ErrorsOf("nip");
        Assert.Equal(3, nip.Count);
        Assert.Contains("Tanggal lahir pada NIP tidak valid.", nip);
        Assert.Contains("Nomor urut pada NIP tidak boleh 000.", nip);

        var missing = await (await client.PostJson("/api/v1/organisation/staff", new { fullName = "Pegawai Uji", status = "Asn", unitId = unit.Id })).JsonAsync();
        Assert.Equal("nip_invalid", missing.ProblemCode());
        Assert.Contains("NIP wajib diisi untuk PNS.", missing.ErrorsOf("nip"));
    }

    [SkippableFact]
    public async Task Staff_api_creates_updates_and_refuses_a_registered_NIP()
    {
        app.SkipIfUnavailable();
        var unit = await app.WithDb(db => db.OrganisationUnits.SingleAsync(u => u.Code == "DPU"));
        var other = await app.WithDb(db => db.OrganisationUnits.SingleAsync(u => u.Code == "DLH"));
        var client = app.Browser();
        await client.SignInAsync("admin");
        var nip = OrganisationPageTests.UniqueNip();
        var created = await client.PostJson("/api/v1/organisation/staff", new { fullName = "Yudi Uji", status = "asn", nip, unitId = unit.Id, account = "opd", active = true });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var staff = await created.JsonAsync();
        var id = staff.GetProperty("id").GetInt32();
        Assert.Equal(nip, staff.GetProperty("nip").GetString());
        Assert.False(string.IsNullOrEmpty(staff.GetProperty("userId").GetString()));

        var taken = await client.PostJson("/api/v1/organisation/staff", new { fullName = "Orang Lain", status = "Asn", nip, unitId = unit.Id });
        Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);
        Assert.Equal("nip_already_registered", (await taken.JsonAsync()).ProblemCode());

        var linked = await client.PostJson("/api/v1/organisation/staff", new { fullName = "Orang Lain", status = "NonAsn", unitId = unit.Id, account = "opd" });
        Assert.Equal("account_already_linked", (await linked.JsonAsync()).ProblemCode());

        var moved = await client.PutJson($"/api/v1/organisation/staff/{id}", new { fullName = "Yudi Uji", status = "Asn", nip, unitId = other.Id, active = true });
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal(other.Id, (await moved.JsonAsync()).GetProperty("unitId").GetInt32());

        var pppk = await client.PostJson("/api/v1/organisation/staff", new { fullName = "Tari Uji", status = "Pppk", nip = "199102142022212" + Random.Shared.Next(100, 999), unitId = unit.Id });
        Assert.Equal(HttpStatusCode.Created, pppk.StatusCode);
    }

    [SkippableFact]
    public async Task Staff_list_pages_and_hides_NIPs_from_non_managers()
    {
        app.SkipIfUnavailable();
        var unit = await app.WithDb(db => db.OrganisationUnits.SingleAsync(u => u.Code == "DISKOMINFO"));
        var admin = app.Browser();
        await admin.SignInAsync("admin");
        var first = await (await admin.GetAsync($"/api/v1/organisation/units/{unit.Id}/staff?pageSize=2&q=a")).JsonAsync();
        Assert.Equal(2, first.GetProperty("items").GetArrayLength());
        Assert.True(first.GetProperty("total").GetInt32() >= 4);

        var byNip = await (await admin.GetAsync($"/api/v1/organisation/units/{unit.Id}/staff?q=197203151998031004")).JsonAsync();
        Assert.Equal("Budi Santoso", Assert.Single(byNip.GetProperty("items").EnumerateArray()).GetProperty("fullName").GetString());

        var officer = app.Browser();
        await officer.SignInAsync("desa");
        var seen = await (await officer.GetAsync($"/api/v1/organisation/units/{unit.Id}/staff?q=budi")).JsonAsync();
        var budi = Assert.Single(seen.GetProperty("items").EnumerateArray());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, budi.GetProperty("nip").ValueKind);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class OrganisationApiTestsOnSqlite(SqliteApp app) : OrganisationApiTests(app);

[Collection(PostgresCollection.Name)]
public sealed class OrganisationApiTestsOnPostgres(PostgresApp app) : OrganisationApiTests(app);

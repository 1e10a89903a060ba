using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pamong.Tests.Infrastructure;
using static Pamong.Tests.PublicServices.PublicServicesTestData;

namespace Pamong.Tests.PublicServices;

public abstract class CatalogueApiTests(PamongApp app)
{
    private async Task<HttpClient> Admin()
    {
        var client = app.Browser();
        await client.SignInAsync("admin");
        return client;
    }

    private static List<string> Codes(JsonElement page) =>
        [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("code").GetString()!)];

    [SkippableFact]
    public async Task Anyone_can_list_the_published_catalogue_with_search_filters_and_paging()
    {
        app.SkipIfUnavailable();
        var client = app.CreateClient();
        var all = await (await client.GetAsync("/api/v1/services?pageSize=200")).JsonAsync();
        Assert.True(all.GetProperty("total").GetInt32() >= 30);

        var akta = Codes(await (await client.GetAsync("/api/v1/services?q=akta")).JsonAsync());
        Assert.Contains("akta-kelahiran", akta);
        Assert.Contains("akta-kematian", akta);
        Assert.DoesNotContain("sk-domisili", akta);

        var social = await (await client.GetAsync("/api/v1/services?category=sosial&pageSize=200")).JsonAsync();
        Assert.All(social.GetProperty("items").EnumerateArray(), i => Assert.Equal("sosial", i.GetProperty("category").GetString()));

        var kecamatan = await (await client.GetAsync("/api/v1/services?level=Kecamatan&pageSize=200")).JsonAsync();
        Assert.Contains("sktm", Codes(kecamatan));
        Assert.All(kecamatan.GetProperty("items").EnumerateArray(), i => Assert.Equal("Kecamatan", i.GetProperty("level").GetString()));

        var capil = await (await client.GetAsync("/api/v1/services?unit=DISPENDUKCAPIL")).JsonAsync();
        Assert.All(capil.GetProperty("items").EnumerateArray(), i => Assert.Equal("Dinas Kependudukan dan Pencatatan Sipil", i.GetProperty("ownerUnitName").GetString()));

        var page2 = await (await client.GetAsync("/api/v1/services?page=2&pageSize=5")).JsonAsync();
        Assert.Equal(2, page2.GetProperty("page").GetInt32());
        Assert.Equal(5, page2.GetProperty("items").GetArrayLength());
        Assert.Empty(Codes(page2).Intersect(Codes(await (await client.GetAsync("/api/v1/services?page=1&pageSize=5")).JsonAsync())));
    }

    [SkippableFact]
    public async Task A_service_comes_with_its_standard_and_current_steps_and_form_fields_for_partners()
    {
        app.SkipIfUnavailable();
        var response = await app.CreateClient().GetAsync("/api/v1/services/sktm");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sktm = await response.JsonAsync();
        Assert.NotEmpty(sktm.GetProperty("requirements").EnumerateArray());
        Assert.Equal(0, sktm.GetProperty("fee").GetDecimal());
        var workflow = sktm.GetProperty("workflow");
        Assert.Equal(["DesaOperator", "KecamatanOperator"], workflow.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("role").GetString()));
        var file = workflow.GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("key").GetString() == "scan_kk");
        Assert.Equal("File", file.GetProperty("type").GetString());
        Assert.True(file.GetProperty("maxBytes").GetInt64() > 0);

        var missing = await app.CreateClient().GetAsync("/api/v1/services/tidak-ada");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("service_not_found", (await missing.JsonAsync()).ProblemCode());
    }

    [SkippableFact]
    public async Task Only_an_administrator_may_create_services_and_a_new_one_stays_hidden_until_published()
    {
        app.SkipIfUnavailable();
        var code = UniqueCode("uji-api");
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().PostJson("/api/v1/services", Service(code))).StatusCode);
        var desa = app.Browser();
        await desa.SignInAsync("desa");
        Assert.Equal(HttpStatusCode.Forbidden, (await desa.PostJson("/api/v1/services", Service(code))).StatusCode);

        var admin = await Admin();
        var created = await admin.PostJson("/api/v1/services", Service(code));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.JsonAsync();
        Assert.False(body.GetProperty("isPublished").GetBoolean());
        Assert.Equal(1, body.GetProperty("workflow").GetProperty("number").GetInt32());

        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync($"/api/v1/services/{code}")).StatusCode);
        Assert.DoesNotContain(code, Codes(await (await app.CreateClient().GetAsync($"/api/v1/services?q={code}")).JsonAsync()));
        Assert.Contains(code, Codes(await (await admin.GetAsync($"/api/v1/services?q={code}&includeUnpublished=true")).JsonAsync()));

        Assert.Equal(HttpStatusCode.OK, (await admin.PostJson($"/api/v1/services/{code}/publish", new { reason = "Siap" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync($"/api/v1/services/{code}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostJson($"/api/v1/services/{code}/unpublish", new { reason = "Ditarik" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync($"/api/v1/services/{code}")).StatusCode);

        Assert.Equal(1, await app.WithDb(db => db.AuditRecords.CountAsync(r => r.Subject == "Service" && r.Reason == "Ditarik")));
    }

    [SkippableFact]
    public async Task Bad_service_input_gets_a_problem_naming_every_field()
    {
        app.SkipIfUnavailable();
        var admin = await Admin();
        var response = await admin.PostJson("/api/v1/services", new { code = "Bukan Slug", name = "", category = "lain", level = "Opd", ownerUnitCode = "TIDAKADA", timeLimitWorkingDays = -1, fee = -5 });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.JsonAsync();
        Assert.Equal("service_invalid", problem.ProblemCode());
        foreach (var field in new[] { "code", "name", "category", "ownerUnitCode", "requirements", "timeLimitWorkingDays", "fee" })
        {
            Assert.NotEmpty(problem.ErrorsOf(field));
        }

        var taken = await admin.PostJson("/api/v1/services", Service("sktm"));
        Assert.Contains("sktm", (await taken.JsonAsync()).ErrorsOf("code")[0], StringComparison.Ordinal);
        var reserved = await admin.PostJson("/api/v1/services", Service("admin"));
        Assert.NotEmpty((await reserved.JsonAsync()).ErrorsOf("code"));
    }

    [SkippableFact]
    public async Task Editing_a_workflow_makes_version_two_while_version_one_stays_as_it_was()
    {
        app.SkipIfUnavailable();
        var admin = await Admin();
        var code = UniqueCode("uji-versi");
        await admin.PostJson("/api/v1/services", Service(code, level: "Kecamatan"));
        var v2 = await admin.PostJson($"/api/v1/services/{code}/workflow-versions", new
        {
            note = "Tambah tahap OPD dan isian",
            steps = new object[]
            {
                new { name = "Verifikasi desa", level = "Desa", role = "DesaOperator", slaWorkingDays = 1 },
                new { name = "Persetujuan kecamatan", level = "Kecamatan", role = "KecamatanOperator", slaWorkingDays = 2, allowBulkApprove = true },
                new { name = "Penerbitan Dinsos", level = "Opd", role = "OpdOperator", unitCode = "DINSOS", slaWorkingDays = 3, allowReturn = false },
            },
            fields = new object[]
            {
                new { key = "keperluan", label = "Keperluan", type = "Choice", required = true, choices = new[] { "Berobat", "Sekolah" } },
                new { key = "scan_kk", label = "Scan KK", type = "File", required = true, maxBytes = 1048576 },
            },
        });
        Assert.Equal(HttpStatusCode.Created, v2.StatusCode);
        Assert.Equal(2, (await v2.JsonAsync()).GetProperty("number").GetInt32());

        var versions = await (await admin.GetAsync($"/api/v1/services/{code}/workflow-versions")).JsonAsync();
        Assert.Equal([2, 1], versions.EnumerateArray().Select(v => v.GetProperty("number").GetInt32()));
        var first = versions[1];
        Assert.False(first.GetProperty("isCurrent").GetBoolean());
        Assert.Equal(2, first.GetProperty("steps").GetArrayLength());
        Assert.Equal(0, first.GetProperty("fields").GetArrayLength());
        Assert.True(versions[0].GetProperty("isCurrent").GetBoolean());

        var current = (await (await admin.GetAsync($"/api/v1/services/{code}")).JsonAsync()).GetProperty("workflow");
        Assert.Equal(2, current.GetProperty("number").GetInt32());
        var opdStep = current.GetProperty("steps")[2];
        Assert.Equal("DINSOS", opdStep.GetProperty("unitCode").GetString());
        Assert.False(opdStep.GetProperty("allowReturn").GetBoolean());
        Assert.Equal(["Berobat", "Sekolah"], current.GetProperty("fields")[0].GetProperty("choices").EnumerateArray().Select(c => c.GetString()));
    }

    [SkippableFact]
    public async Task A_bad_workflow_is_refused_with_problems_per_step_and_field_and_no_version_is_made()
    {
        app.SkipIfUnavailable();
        var admin = await Admin();
        var code = UniqueCode("uji-alur");
        await admin.PostJson("/api/v1/services", Service(code));
        var response = await admin.PostJson($"/api/v1/services/{code}/workflow-versions", new
        {
            steps = new object[]
            {
                new { name = "", level = "Desa", role = "KecamatanOperator", slaWorkingDays = 1 },
                new { name = "OPD", level = "Opd", role = "OpdOperator", slaWorkingDays = 99 },
            },
            fields = new object[]
            {
                new { key = "Bad Key", label = "X", type = "Text" },
                new { key = "pilihan", label = "Pilihan", type = "Choice" },
                new { key = "angka", label = "Angka", type = "Number", min = 10, max = 1 },
                new { key = "angka", label = "Lagi", type = "Warna" },
            },
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.JsonAsync();
        Assert.Equal("workflow_invalid", problem.ProblemCode());
        foreach (var field in new[] { "steps[0].Name", "steps[0].Role", "steps[1].UnitCode", "steps[1].SlaWorkingDays", "fields[0].Key", "fields[1].Choices", "fields[2].Max", "fields[3].Key", "fields[3].Type" })
        {
            Assert.True(problem.ErrorsOf(field).Count > 0, field + " in " + problem);
        }

        var versions = await (await admin.GetAsync($"/api/v1/services/{code}/workflow-versions")).JsonAsync();
        Assert.Equal(1, versions.GetArrayLength());
        var empty = await admin.PostJson($"/api/v1/services/{code}/workflow-versions", new { steps = Array.Empty<object>() });
        Assert.NotEmpty((await empty.JsonAsync()).ErrorsOf("steps"));
    }

    [SkippableFact]
    public async Task The_standard_of_a_service_can_be_changed_through_the_api()
    {
        app.SkipIfUnavailable();
        var admin = await Admin();
        var code = UniqueCode("uji-ubah");
        await admin.PostJson("/api/v1/services", Service(code));
        var changed = await admin.PutJson($"/api/v1/services/{code}", Service(code, level: "Opd", owner: "DINKES", name: "Diubah"));
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var body = await changed.JsonAsync();
        Assert.Equal("Dinas Kesehatan", body.GetProperty("ownerUnitName").GetString());
        Assert.StartsWith("Diubah", body.GetProperty("name").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PutJson("/api/v1/services/tidak-ada", Service("tidak-ada"))).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CatalogueApiTestsOnSqlite(SqliteApp app) : CatalogueApiTests(app);

[Collection(PostgresCollection.Name)]
public sealed class CatalogueApiTestsOnPostgres(PostgresApp app) : CatalogueApiTests(app);

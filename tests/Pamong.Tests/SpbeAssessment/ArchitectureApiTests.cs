using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pamong.Tests.Infrastructure;

namespace Pamong.Tests.SpbeAssessment;

public abstract class ArchitectureApiTests(PamongApp app)
{
    private const string Api = "/api/v1/spbe/architecture";

    private async Task<HttpClient> Admin()
    {
        var client = app.Browser();
        await client.SignInAsync("admin");
        return client;
    }

    private async Task<JsonElement> NewApplication(HttpClient client, string name, params int[] dataSetIds)
    {
        var response = await client.PostJson(Api + "/applications", new
        {
            name,
            ownerUnitId = await app.OpdId("DINSOS"),
            purpose = "Uji",
            users = "Internal",
            hosting = "Cloud",
            url = "https://contoh.banyuwangikab.go.id",
            status = "InDevelopment",
            security = "Low",
            builtBy = "Vendor",
            dataSetIds,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.JsonAsync();
    }

    [SkippableFact]
    public async Task Pamongs_own_modules_are_listed_automatically_and_never_stored()
    {
        app.SkipIfUnavailable();
        var client = await Admin();
        var list = await (await client.GetAsync(Api + "/applications?pageSize=200")).JsonAsync();
        var automatic = list.GetProperty("items").EnumerateArray().Where(a => a.GetProperty("automatic").GetBoolean()).ToList();
        Assert.Equal(["pamong", "pamong.pengaduan", "pamong.layanan", "pamong.perlinsos", "pamong.spbe"], automatic.Select(a => a.GetProperty("key").GetString()));
        Assert.Equal("Pamong — Platform", automatic[0].GetProperty("name").GetString());
        Assert.All(automatic, a => Assert.Equal("Pamong", a.GetProperty("builtBy").GetString()));
        Assert.Equal(await app.OpdId("DISKOMINFO"), automatic[0].GetProperty("ownerUnitId").GetInt32());

        var one = await (await client.GetAsync(Api + "/applications/pamong.spbe")).JsonAsync();
        Assert.True(one.GetProperty("automatic").GetBoolean());
        Assert.False(await app.WithSpbe(db => db.Applications.AnyAsync(a => a.Name.StartsWith("Pamong"))));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(Api + "/applications/pamong.unknown")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PutJson(Api + "/applications/pamong", new { name = "x" })).StatusCode);
    }

    [SkippableFact]
    public async Task An_application_is_added_changed_searched_by_opd_and_deleted()
    {
        app.SkipIfUnavailable();
        var client = await Admin();
        var dataSet = await client.PostJson(Api + "/data-sets", new
        {
            name = SpbeTestData.Unique("Data DTKS"),
            ownerUnitId = await app.OpdId("DINSOS"),
            classification = "Restricted",
            personalData = true,
            format = "CSV",
            updateFrequency = "Monthly",
        });
        Assert.Equal(HttpStatusCode.Created, dataSet.StatusCode);
        var dataSetId = (await dataSet.JsonAsync()).GetProperty("id").GetInt32();

        var name = SpbeTestData.Unique("SIKS-NG Uji");
        var created = await NewApplication(client, name, dataSetId);
        var id = created.GetProperty("id").GetInt32();
        Assert.Equal(id.ToString(System.Globalization.CultureInfo.InvariantCulture), created.GetProperty("key").GetString());
        Assert.False(created.GetProperty("automatic").GetBoolean());
        Assert.Equal("Cloud", created.GetProperty("hosting").GetString());
        Assert.Equal([dataSetId], created.GetProperty("dataSetIds").EnumerateArray().Select(d => d.GetInt32()));

        var found = await (await client.GetAsync($"{Api}/applications?q={Uri.EscapeDataString(name[^6..])}&unitId={await app.OpdId("DINSOS")}")).JsonAsync();
        Assert.Equal(name, Assert.Single(found.GetProperty("items").EnumerateArray()).GetProperty("name").GetString());
        var elsewhere = await (await client.GetAsync($"{Api}/applications?q={Uri.EscapeDataString(name[^6..])}&unitId={await app.OpdId("DISKOMINFO")}")).JsonAsync();
        Assert.Equal(0, elsewhere.GetProperty("total").GetInt32());

        var changed = await client.PutJson($"{Api}/applications/{id}", new
        {
            name,
            ownerUnitId = await app.OpdId("DINSOS"),
            users = "Both",
            hosting = "PemdaDataCentre",
            status = "Operational",
            security = "High",
            builtBy = "InHouse",
            dataSetIds = Array.Empty<int>(),
        });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var after = await changed.JsonAsync();
        Assert.Equal(("Operational", 0), (after.GetProperty("status").GetString(), after.GetProperty("dataSetIds").GetArrayLength()));

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"{Api}/applications/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{Api}/applications/{id}")).StatusCode);
        var audit = await app.WithDb(db => db.AuditRecords.Where(r => r.Subject == "Application" && r.SubjectId == id.ToString()).OrderBy(r => r.Sequence).Select(r => r.Action).ToListAsync());
        Assert.Equal(["created", "updated", "deleted"], audit);
    }

    [SkippableFact]
    public async Task Invalid_input_is_named_field_by_field()
    {
        app.SkipIfUnavailable();
        var client = await Admin();
        var response = await client.PostJson(Api + "/applications", new { name = "", ownerUnitId = 999999, users = "Everyone", url = "ftp://x", dataSetIds = new[] { 987654 } });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.JsonAsync();
        Assert.Equal("application_invalid", problem.ProblemCode());
        foreach (var field in new[] { "name", "ownerUnitId", "users", "hosting", "status", "security", "builtBy", "url", "dataSetIds" })
        {
            Assert.NotEmpty(problem.ErrorsOf(field));
        }

        var integration = await (await client.PostJson(Api + "/integrations", new { from = "pamong", to = "pamong", method = "Pigeon" })).JsonAsync();
        Assert.Equal("integration_invalid", integration.ProblemCode());
        Assert.NotEmpty(integration.ErrorsOf("to"));
        Assert.NotEmpty(integration.ErrorsOf("dataExchanged"));
        Assert.NotEmpty(integration.ErrorsOf("method"));
    }

    [SkippableFact]
    public async Task The_map_contains_both_ends_of_an_integration_and_an_application_in_use_cannot_be_deleted()
    {
        app.SkipIfUnavailable();
        var client = await Admin();
        var name = SpbeTestData.Unique("Aplikasi Peta");
        var application = await NewApplication(client, name);
        var key = application.GetProperty("key").GetString()!;
        var created = await client.PostJson(Api + "/integrations", new { from = key, to = "pamong.spbe", dataExchanged = "Bukti dukung indikator", method = "Api", status = "Active" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var integration = await created.JsonAsync();
        Assert.Equal((name, "Pamong — SPBE (evaluasi mandiri)"), (integration.GetProperty("fromName").GetString(), integration.GetProperty("toName").GetString()));

        var map = await (await client.GetAsync(Api + "/map")).JsonAsync();
        var nodes = map.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("key").GetString()).ToList();
        Assert.Contains(key, nodes);
        Assert.Contains("pamong.spbe", nodes);
        Assert.Contains(map.GetProperty("edges").EnumerateArray(), e => e.GetProperty("from").GetString() == key && e.GetProperty("to").GetString() == "pamong.spbe");

        var svg = await (await client.GetAsync(Api + "/map.svg")).Content.ReadAsStringAsync();
        Assert.StartsWith("<svg", svg, StringComparison.Ordinal);
        Assert.Contains("role=\"img\"", svg, StringComparison.Ordinal);
        Assert.Contains(">" + name + "<", svg, StringComparison.Ordinal);
        Assert.Contains("Bukti dukung indikator", svg, StringComparison.Ordinal);

        var inUse = await client.DeleteAsync($"{Api}/applications/{key}");
        Assert.Equal(HttpStatusCode.Conflict, inUse.StatusCode);
        Assert.Equal("application_in_use", (await inUse.JsonAsync()).ProblemCode());
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"{Api}/integrations/{integration.GetProperty("id").GetInt32()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"{Api}/applications/{key}")).StatusCode);
    }

    [SkippableFact]
    public async Task Business_processes_data_sets_and_infrastructure_are_kept_and_shown_per_opd()
    {
        app.SkipIfUnavailable();
        var client = await Admin();
        var dinsos = await app.OpdId("DINSOS");
        var process = await client.PostJson(Api + "/business-processes", new { name = SpbeTestData.Unique("Verifikasi DTKS"), ownerUnitId = dinsos, relatedServices = "Bansos" });
        Assert.Equal(HttpStatusCode.Created, process.StatusCode);
        var infrastructure = await client.PostJson(Api + "/infrastructure", new { kind = "DisasterRecoveryCentre", name = SpbeTestData.Unique("DRC Uji"), location = "Genteng", ownerUnitId = dinsos });
        Assert.Equal(HttpStatusCode.Created, infrastructure.StatusCode);
        var infrastructureId = (await infrastructure.JsonAsync()).GetProperty("id").GetInt32();
        var noOwner = await client.PostJson(Api + "/infrastructure", new { kind = "Cloud", name = SpbeTestData.Unique("Cloud Uji") });
        Assert.Equal(HttpStatusCode.Created, noOwner.StatusCode);

        var holdings = await (await client.GetAsync($"{Api}/units/{dinsos}")).JsonAsync();
        Assert.Contains(holdings.GetProperty("businessProcesses").EnumerateArray(), p => p.GetProperty("relatedServices").GetString() == "Bansos");
        Assert.Contains(holdings.GetProperty("infrastructure").EnumerateArray(), i => i.GetProperty("id").GetInt32() == infrastructureId);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{Api}/units/{await app.WithDb(db => db.OrganisationUnits.Where(u => u.Code == "35.10.15.2004").Select(u => u.Id).SingleAsync())}")).StatusCode);

        var updated = await client.PutJson($"{Api}/infrastructure/{infrastructureId}", new { kind = "DataCentre", name = "DRC jadi pusat data", ownerUnitId = dinsos });
        Assert.Equal("DataCentre", (await updated.JsonAsync()).GetProperty("kind").GetString());
        var overview = await (await client.GetAsync(Api)).JsonAsync();
        Assert.True(overview.GetProperty("infrastructure").GetInt32() >= 4);
        Assert.Equal(5, overview.GetProperty("automaticApplications").GetInt32());
    }

    [SkippableFact]
    public async Task Opd_operators_read_the_inventory_without_changing_it_and_desa_operators_are_refused()
    {
        app.SkipIfUnavailable();
        var opd = app.Browser();
        await opd.SignInAsync("opd");
        Assert.Equal(HttpStatusCode.OK, (await opd.GetAsync(Api + "/applications")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await opd.PostJson(Api + "/applications", new { name = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await opd.DeleteAsync(Api + "/integrations/1")).StatusCode);

        var desa = app.Browser();
        await desa.SignInAsync("desa");
        Assert.Equal(HttpStatusCode.Forbidden, (await desa.GetAsync(Api + "/map")).StatusCode);
        var page = await desa.GetAsync("/spbe/arsitektur/peta");
        Assert.Contains("/akses-ditolak", page.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ArchitectureApiTestsOnSqlite(SqliteApp app) : ArchitectureApiTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ArchitectureApiTestsOnPostgres(PostgresApp app) : ArchitectureApiTests(app);

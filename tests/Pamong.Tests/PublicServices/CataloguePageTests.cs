using System.Net;
using Microsoft.EntityFrameworkCore;
using Pamong.Tests.Infrastructure;
using static Pamong.Tests.PublicServices.PublicServicesTestData;

namespace Pamong.Tests.PublicServices;

public abstract class CataloguePageTests(PamongApp app)
{
    private async Task<HttpClient> Admin()
    {
        var client = app.Browser();
        await client.SignInAsync("admin");
        return client;
    }

    [SkippableFact]
    public async Task The_public_catalogue_searches_and_filters_without_sign_in()
    {
        app.SkipIfUnavailable();
        var client = app.CreateClient();
        var all = await client.GetStringAsync("/layanan");
        Assert.Contains("href=\"/layanan/sk-domisili\"", all, StringComparison.Ordinal);
        Assert.Contains("<label for=\"q\">", all, StringComparison.Ordinal);

        var found = await client.GetStringAsync("/layanan?q=ahli+waris");
        Assert.Contains("Surat Keterangan Ahli Waris", found, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/layanan/sk-domisili\"", found, StringComparison.Ordinal);

        var capil = await client.GetStringAsync("/layanan?unit=DISPENDUKCAPIL");
        Assert.Contains("href=\"/layanan/akta-kelahiran\"", capil, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/layanan/sktm\"", capil, StringComparison.Ordinal);

        var health = await client.GetStringAsync("/layanan?category=kesehatan&level=Opd");
        Assert.Contains("href=\"/layanan/sip-dokter\"", health, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/layanan/akta-kelahiran\"", health, StringComparison.Ordinal);

        var none = await client.GetStringAsync("/layanan?q=zzzzzz");
        Assert.Contains("class=\"empty\"", none, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_service_page_shows_the_standard_the_steps_and_links_to_apply_and_complain()
    {
        app.SkipIfUnavailable();
        var page = await app.CreateClient().GetStringAsync("/layanan/sktm");
        foreach (var part in new[] { "Persyaratan", "Prosedur", "Jangka waktu", "Biaya/tarif", "Produk layanan", "Pengaduan", "Dasar hukum", "Verifikasi desa/kelurahan", "Persetujuan kecamatan" })
        {
            Assert.Contains(part, page, StringComparison.Ordinal);
        }

        Assert.Contains("href=\"/layanan/sktm/ajukan\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/pengaduan/baru?layanan=sktm\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync("/layanan/tidak-ada")).StatusCode);
    }

    [SkippableFact]
    public async Task Service_administration_is_for_administrators_only()
    {
        app.SkipIfUnavailable();
        var desa = app.Browser();
        await desa.SignInAsync("desa");
        Assert.Contains("/akses-ditolak", (await desa.GetAsync("/layanan/admin")).Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Contains("/akses-ditolak", (await desa.GetAsync("/layanan/admin/hari-libur")).Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Contains("/masuk", (await app.Browser().GetAsync("/layanan/admin/sktm/alur")).Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Contains("href=\"/layanan/admin\"", await (await Admin()).GetStringAsync("/layanan"), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task An_administrator_creates_a_service_edits_its_workflow_into_version_two_and_publishes_it_after_confirming()
    {
        app.SkipIfUnavailable();
        var admin = await Admin();
        var code = UniqueCode("uji-halaman");
        var bad = await admin.PostFormAsync("/layanan/admin/baru", new() { ["Input.Code"] = code, ["Input.Name"] = "", ["Input.Level"] = "Desa" });
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var badHtml = await bad.Content.ReadAsStringAsync();
        Assert.Contains("role=\"alert\"", badHtml, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", badHtml, StringComparison.Ordinal);
        Assert.Contains($"value=\"{code}\"", badHtml, StringComparison.Ordinal);

        var created = await admin.PostFormAsync("/layanan/admin/baru", new()
        {
            ["Input.Code"] = code,
            ["Input.Name"] = "Surat Uji Halaman",
            ["Input.Category"] = "umum",
            ["Input.Level"] = "Kecamatan",
            ["Input.Summary"] = "Uji",
            ["Input.LegalBasis"] = "UU 25/2009",
            ["Input.Requirements"] = "KTP-el\nKK",
            ["Input.Procedure"] = "Ajukan",
            ["Input.TimeLimitWorkingDays"] = "3",
            ["Input.Fee"] = "0",
            ["Input.Product"] = "Surat",
            ["Input.ComplaintChannel"] = "SP4N-LAPOR!",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal($"/layanan/admin/{code}/alur", created.Headers.Location!.OriginalString);

        var editor = await admin.GetStringAsync($"/layanan/admin/{code}/alur");
        Assert.Contains("name=\"Steps[0].Name\"", editor, StringComparison.Ordinal);
        Assert.Contains("value=\"Verifikasi desa/kelurahan\"", editor, StringComparison.Ordinal);

        var refused = await admin.PostFormAsync($"/layanan/admin/{code}/alur", new()
        {
            ["Steps[0].Order"] = "1",
            ["Steps[0].Name"] = "Verifikasi desa",
            ["Steps[0].Level"] = "Desa",
            ["Steps[0].Role"] = "DesaOperator",
            ["Steps[0].SlaWorkingDays"] = "1",
            ["Steps[1].Order"] = "2",
            ["Steps[1].Name"] = "Tahap OPD",
            ["Steps[1].Level"] = "Opd",
            ["Steps[1].Role"] = "OpdOperator",
            ["Steps[1].SlaWorkingDays"] = "2",
        });
        var refusedHtml = await refused.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("id=\"Steps_1__UnitCode-error\">Tahap ke-2", refusedHtml, StringComparison.Ordinal);

        var saved = await admin.PostFormAsync($"/layanan/admin/{code}/alur", new()
        {
            ["Steps[0].Order"] = "2",
            ["Steps[0].Name"] = "Persetujuan kecamatan",
            ["Steps[0].Level"] = "Kecamatan",
            ["Steps[0].Role"] = "KecamatanOperator",
            ["Steps[0].SlaWorkingDays"] = "2",
            ["Steps[0].AllowReturn"] = "true",
            ["Steps[0].AllowReject"] = "true",
            ["Steps[1].Order"] = "1",
            ["Steps[1].Name"] = "Verifikasi desa",
            ["Steps[1].Level"] = "Desa",
            ["Steps[1].Role"] = "DesaOperator",
            ["Steps[1].SlaWorkingDays"] = "1",
            ["Steps[1].AllowReturn"] = "true",
            ["Steps[2].Name"] = "Dihapus",
            ["Steps[2].Level"] = "Desa",
            ["Steps[2].Role"] = "DesaOperator",
            ["Steps[2].Remove"] = "true",
            ["Fields[0].Order"] = "1",
            ["Fields[0].Key"] = "keperluan",
            ["Fields[0].Label"] = "Keperluan",
            ["Fields[0].Type"] = "Choice",
            ["Fields[0].Choices"] = "Berobat\r\nSekolah",
            ["Fields[0].Required"] = "true",
            ["Fields[1].Order"] = "2",
            ["Fields[1].Key"] = "scan_kk",
            ["Fields[1].Label"] = "Scan KK",
            ["Fields[1].Type"] = "File",
            ["Fields[1].MaxKilobytes"] = "500",
            ["Fields[1].Required"] = "true",
            ["Note"] = "Urutan dan isian",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var history = await admin.GetStringAsync($"/layanan/admin/{code}/alur");
        Assert.Contains("Versi 2 disimpan", history, StringComparison.Ordinal);
        Assert.Contains("Urutan dan isian", history, StringComparison.Ordinal);

        var versions = await (await admin.GetAsync($"/api/v1/services/{code}/workflow-versions")).JsonAsync();
        var current = versions[0];
        Assert.Equal(["Verifikasi desa", "Persetujuan kecamatan"], current.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("name").GetString()));
        Assert.False(current.GetProperty("steps")[1].GetProperty("allowBulkApprove").GetBoolean());
        Assert.Equal(512000, current.GetProperty("fields")[1].GetProperty("maxBytes").GetInt64());
        Assert.Equal(2, versions[1].GetProperty("steps").GetArrayLength());

        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync($"/layanan/{code}")).StatusCode);
        var confirm = await admin.GetStringAsync($"/layanan/admin/{code}/terbitkan");
        Assert.Contains("Ya, terbitkan", confirm, StringComparison.Ordinal);
        var published = await admin.PostFormAsync($"/layanan/admin/{code}/terbitkan", new() { ["Reason"] = "Siap dipakai" });
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync($"/layanan/{code}")).StatusCode);
    }

    [SkippableFact]
    public async Task The_holiday_page_adds_imports_and_removes_dates()
    {
        app.SkipIfUnavailable();
        var admin = await Admin();
        var year = 2100 + Random.Shared.Next(800);
        var page = await admin.GetStringAsync("/layanan/admin/hari-libur?year=2026");
        Assert.Contains("Hari Raya Natal", page, StringComparison.Ordinal);

        var added = await admin.PostFormAsync($"/layanan/admin/hari-libur?handler=Add&year={year}", new() { ["Input.Date"] = $"{year}-06-01", ["Input.Name"] = "Hari Lahir Pancasila" },
            "/layanan/admin/hari-libur");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var imported = await admin.PostFormAsync($"/layanan/admin/hari-libur?handler=Import&year={year}", new() { ["List"] = $"{year}-08-17 Hari Kemerdekaan\n{year}-12-25 Natal" },
            "/layanan/admin/hari-libur");
        Assert.Equal(HttpStatusCode.Redirect, imported.StatusCode);
        var list = await admin.GetStringAsync($"/layanan/admin/hari-libur?year={year}");
        Assert.Contains("Hari Lahir Pancasila", list, StringComparison.Ordinal);
        Assert.Contains("Hari Kemerdekaan", list, StringComparison.Ordinal);

        var bad = await admin.PostFormAsync($"/layanan/admin/hari-libur?handler=Import&year={year}", new() { ["List"] = "bukan tanggal" }, "/layanan/admin/hari-libur");
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("Baris berikut tidak dapat dibaca", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var removed = await admin.PostFormAsync($"/layanan/admin/hari-libur?handler=Remove", new() { ["date"] = $"{year}-06-01" }, "/layanan/admin/hari-libur");
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(3, await app.WithDb(db => db.AuditRecords.CountAsync(r => r.Subject == "Holiday" && r.Action == "created" && r.After!.Contains(year + "-"))));
        Assert.DoesNotContain("<td>Hari Lahir Pancasila</td>", await admin.GetStringAsync($"/layanan/admin/hari-libur?year={year}"), StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CataloguePageTestsOnSqlite(SqliteApp app) : CataloguePageTests(app);

[Collection(PostgresCollection.Name)]
public sealed class CataloguePageTestsOnPostgres(PostgresApp app) : CataloguePageTests(app);

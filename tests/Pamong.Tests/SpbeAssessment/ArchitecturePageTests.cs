using System.Net;
using System.Text.RegularExpressions;
using Pamong.Tests.Infrastructure;

namespace Pamong.Tests.SpbeAssessment;

public abstract partial class ArchitecturePageTests(PamongApp app)
{
    private async Task<HttpClient> Admin()
    {
        var client = app.Browser();
        await client.SignInAsync("admin");
        return client;
    }

    [SkippableFact]
    public async Task The_overview_counts_the_inventory_and_the_list_marks_pamongs_entries_automatic()
    {
        app.SkipIfUnavailable();
        var client = await Admin();
        var overview = await client.Text("/spbe/arsitektur");
        Assert.Contains("termasuk 5 modul Pamong (otomatis)", overview, StringComparison.Ordinal);
        Assert.Contains("href=\"/spbe/arsitektur/peta\"", overview, StringComparison.Ordinal);

        var list = await client.Text("/spbe/arsitektur/aplikasi");
        Assert.Matches(">Pamong — Platform</a> <span class=\"badge badge--ok\">otomatis</span>", list);
        Assert.Contains(">SRIKANDI</a>", list, StringComparison.Ordinal);

        var platform = await client.Text("/spbe/arsitektur/aplikasi/pamong");
        Assert.Contains("dicatat otomatis dari modul Pamong", platform, StringComparison.Ordinal);
        Assert.DoesNotContain("/ubah\"", platform, StringComparison.Ordinal);
        Assert.Contains("Data pegawai (NIP, jabatan, unit kerja)", platform, StringComparison.Ordinal); // SIMPEG → Pamong
    }

    [SkippableFact]
    public async Task An_application_is_added_changed_and_deleted_through_the_pages()
    {
        app.SkipIfUnavailable();
        var client = await Admin();
        var name = SpbeTestData.Unique("e-Kinerja Uji");
        var fields = new Dictionary<string, string>
        {
            ["Input.Name"] = name,
            ["Input.OwnerUnitId"] = (await app.OpdId("BKPSDM")).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Purpose"] = "Penilaian kinerja pegawai",
            ["Input.Users"] = "Internal",
            ["Input.Hosting"] = "PemdaDataCentre",
            ["Input.Url"] = "",
            ["Input.Status"] = "Planned",
            ["Input.Security"] = "High",
            ["Input.BuiltBy"] = "InHouse",
        };
        var created = await client.PostFormAsync("/spbe/arsitektur/aplikasi/baru", fields);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal("/spbe/arsitektur/aplikasi", created.Headers.Location?.OriginalString);
        var list = await client.Text("/spbe/arsitektur/aplikasi?q=" + Uri.EscapeDataString(name));
        Assert.Contains("Perubahan tersimpan.", list, StringComparison.Ordinal);
        var id = ApplicationLink().Match(list).Groups[1].Value;
        Assert.Contains("Perencanaan", list, StringComparison.Ordinal);

        var edit = await client.Text($"/spbe/arsitektur/aplikasi/{id}/ubah");
        Assert.Contains($"value=\"{name}\"", edit, StringComparison.Ordinal);
        fields["Input.Status"] = "Operational";
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync($"/spbe/arsitektur/aplikasi/{id}/ubah", fields)).StatusCode);
        Assert.Contains("Operasional", await client.Text($"/spbe/arsitektur/aplikasi/{id}"), StringComparison.Ordinal);

        var deleted = await client.PostFormAsync($"/spbe/arsitektur/aplikasi/{id}/ubah?handler=Delete", [], $"/spbe/arsitektur/aplikasi/{id}/ubah");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/spbe/arsitektur/aplikasi/{id}")).StatusCode);
    }

    [SkippableFact]
    public async Task A_form_with_mistakes_comes_back_with_the_messages_on_the_fields()
    {
        app.SkipIfUnavailable();
        var client = await Admin();
        var response = await client.PostFormAsync("/spbe/arsitektur/data/baru", new() { ["Input.Name"] = "", ["Input.Classification"] = "Open", ["Input.UpdateFrequency"] = "Daily" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("role=\"alert\"", html, StringComparison.Ordinal);
        Assert.Contains("Nama wajib diisi.", html, StringComparison.Ordinal);
        Assert.Contains("Pilih OPD pemilik.", html, StringComparison.Ordinal);
        Assert.Matches("id=\"Input_Name\"[^>]*aria-invalid=\"true\"|aria-invalid=\"true\"[^>]*id=\"Input_Name\"", html);
    }

    [SkippableFact]
    public async Task The_map_draws_every_application_and_lists_each_integration_in_a_table()
    {
        app.SkipIfUnavailable();
        var client = await Admin();
        var html = await client.Text("/spbe/arsitektur/peta");
        Assert.Contains("role=\"img\" aria-labelledby=\"peta-title peta-desc\"", html, StringComparison.Ordinal);
        Assert.Contains("<title id=\"peta-title\">Peta pertukaran data antaraplikasi</title>", html, StringComparison.Ordinal);
        foreach (var name in new[] { "Pamong — Platform", "SIMPEG", "Smart Kampung", "SRIKANDI", "e-Office Sikawan" })
        {
            Assert.Contains(">" + name + "</text>", html, StringComparison.Ordinal);
        }

        Assert.Contains("<caption id=\"tabel-peta\">", html, StringComparison.Ordinal);
        Assert.Matches(">SIMPEG</a></td>\\s*<td><a href=\"/spbe/arsitektur/aplikasi/pamong\">Pamong — Platform</a></td>", html);
    }

    [SkippableFact]
    public async Task The_opd_view_shows_everything_an_opd_owns()
    {
        app.SkipIfUnavailable();
        var client = await Admin();
        var html = await client.Text($"/spbe/arsitektur/opd/{await app.OpdId("SETDA")}");
        Assert.Contains("<h1>Sekretariat Daerah</h1>", html, StringComparison.Ordinal);
        Assert.Contains(">SRIKANDI</a>", html, StringComparison.Ordinal);
        Assert.Contains(">e-Office Sikawan</a>", html, StringComparison.Ordinal);
        Assert.Contains("Penatausahaan naskah dinas", html, StringComparison.Ordinal);
        Assert.Contains("Naskah dinas dan arsip", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/spbe/arsitektur/opd/999999")).StatusCode);
    }

    [GeneratedRegex("href=\"/spbe/arsitektur/aplikasi/(\\d+)\"")]
    private static partial Regex ApplicationLink();
}

[Collection(SqliteCollection.Name)]
public sealed class ArchitecturePageTestsOnSqlite(SqliteApp app) : ArchitecturePageTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ArchitecturePageTestsOnPostgres(PostgresApp app) : ArchitecturePageTests(app);

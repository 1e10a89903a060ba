using System.Net;
using Pamong.Tests.Infrastructure;

namespace Pamong.Tests.IdentifierChecks;

public abstract class CheckNikPageTests(PamongApp app)
{
    private async Task<string> Post(string handler, Dictionary<string, string> fields, HttpClient? client = null)
    {
        var response = await (client ?? app.Browser()).PostFormAsync("/cek-nik?handler=" + handler, fields, pageUrl: "/cek-nik");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [SkippableFact]
    public async Task Check_page_offers_a_nik_form_and_a_kk_form_that_post()
    {
        app.SkipIfUnavailable();
        var html = await app.Browser().GetStringAsync("/cek-nik");

        Assert.Contains("<h1>Cek NIK dan Nomor KK</h1>", html, StringComparison.Ordinal);
        Assert.Contains("action=\"/cek-nik?handler=Nik\"", html, StringComparison.Ordinal);
        Assert.Contains("action=\"/cek-nik?handler=Kk\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("method=\"get\"", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<label for=\"Nik\">", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"Kk\">", html, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Menu_links_the_check_page_once()
    {
        app.SkipIfUnavailable();
        var html = await app.Browser().GetStringAsync("/wilayah");
        var menu = html[html.IndexOf("<nav class=\"submenu\"", StringComparison.Ordinal)..];
        menu = menu[..menu.IndexOf("</nav>", StringComparison.Ordinal)];

        Assert.Single(System.Text.RegularExpressions.Regex.Matches(menu, "href=\"/cek-nik\""));
        Assert.Contains(">Cek NIK</a>", menu, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Valid_nik_shows_district_birth_date_and_sex_in_plain_Indonesian()
    {
        app.SkipIfUnavailable();
        var html = await Post("Nik", new() { ["Nik"] = "3510015705900001" });

        Assert.Contains("NIK ini sesuai dengan susunan NIK.", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/wilayah/35.10.01\">Kecamatan Pesanggaran</a>", html, StringComparison.Ordinal);
        Assert.Contains("Kab. Banyuwangi, Jawa Timur", html, StringComparison.Ordinal);
        Assert.Contains("<dd>17 Mei 1990</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dd>Perempuan</dd>", html, StringComparison.Ordinal);
        Assert.Contains("Tidak ada masalah yang ditemukan.", html, StringComparison.Ordinal);

        var man = await Post("Nik", new() { ["Nik"] = "3510011705900001" });
        Assert.Contains("<dd>Laki-laki</dd>", man, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Broken_nik_lists_every_problem_with_its_severity()
    {
        app.SkipIfUnavailable();
        var html = await Post("Nik", new() { ["Nik"] = "3510013202900000" });

        Assert.Contains("NIK ini tidak sesuai dengan susunan NIK.", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"badge badge--error\">Kesalahan</span>", html, StringComparison.Ordinal);
        Assert.Contains("Tanggal lahir pada NIK tidak valid.", html, StringComparison.Ordinal);
        Assert.Contains("Nomor urut pada NIK tidak boleh 0000.", html, StringComparison.Ordinal);
        Assert.Contains("nik_serial_zero", html, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Nik_from_an_unknown_district_shows_a_warning()
    {
        app.SkipIfUnavailable();
        var html = await Post("Nik", new() { ["Nik"] = "3510995705900001" });

        Assert.Contains("tetapi ada catatan yang perlu diperhatikan", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"badge badge--warn\">Peringatan</span>", html, StringComparison.Ordinal);
        Assert.Contains("Kode kecamatan 35.10.99 pada NIK tidak ditemukan dalam data wilayah", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/wilayah/35.10.99\"", html, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData("", "Isi NIK yang akan diperiksa.")]
    [InlineData("   ", "Isi NIK yang akan diperiksa.")]
    [InlineData("351001570590000135100157059000013", "Terlalu panjang: paling banyak 32 karakter.")]
    public async Task Empty_or_too_long_input_is_explained_on_the_field(string input, string message)
    {
        app.SkipIfUnavailable();
        var html = await Post("Nik", new() { ["Nik"] = input });

        Assert.Contains($"<span class=\"field-error\" id=\"Nik-error\" role=\"alert\">{message}</span>", html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Hasil pemeriksaan", html, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Kk_number_shows_its_issue_date()
    {
        app.SkipIfUnavailable();
        var html = await Post("Kk", new() { ["Kk"] = "3510012304180012" });

        Assert.Contains("Nomor KK ini sesuai dengan susunan Nomor KK.", html, StringComparison.Ordinal);
        Assert.Contains("<dd>23 April 2018</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/wilayah/35.10.01\">Kecamatan Pesanggaran</a>", html, StringComparison.Ordinal);

        var broken = await Post("Kk", new() { ["Kk"] = "3510012313180000" });
        Assert.Contains("Tanggal penerbitan pada Nomor KK tidak valid.", broken, StringComparison.Ordinal);
        Assert.Contains("Nomor urut pada Nomor KK tidak boleh 0000.", broken, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Nik_in_the_query_string_is_not_checked()
    {
        app.SkipIfUnavailable();
        var html = await app.Browser().GetStringAsync("/cek-nik?Nik=3510015705900001");

        Assert.DoesNotContain("Hasil pemeriksaan", html, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"3510015705900001\"", html, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Problems_are_shown_in_English_when_English_is_chosen()
    {
        app.SkipIfUnavailable();
        var client = app.Browser();
        await client.GetAsync("/bahasa?c=en&kembali=/");

        var html = await Post("Nik", new() { ["Nik"] = "3510995705900000" }, client);

        Assert.Contains("The district code 35.10.99 in the NIK is not in the region list", html, StringComparison.Ordinal);
        Assert.Contains("The serial number in the NIK must not be 0000.", html, StringComparison.Ordinal);
        Assert.Contains(">Error</span>", html, StringComparison.Ordinal);
        Assert.Contains(">Warning</span>", html, StringComparison.Ordinal);
        Assert.Contains("<dd>Female</dd>", html, StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CheckNikPageTestsOnSqlite(SqliteApp app) : CheckNikPageTests(app);

[Collection(PostgresCollection.Name)]
public sealed class CheckNikPageTestsOnPostgres(PostgresApp app) : CheckNikPageTests(app);

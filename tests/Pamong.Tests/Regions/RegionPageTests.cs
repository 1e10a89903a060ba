using System.Net;
using System.Text;
using Pamong.Tests.Infrastructure;

namespace Pamong.Tests.Regions;

public abstract class RegionPageTests(PamongApp app)
{
    /// <summary>The page with HTML entities decoded, so that assertions read as the text does.</summary>
    private async Task<(HttpStatusCode Status, string Html)> Get(string url, HttpClient? client = null)
    {
        var response = await (client ?? app.Browser()).GetAsync(url);
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    [SkippableFact]
    public async Task Region_index_lists_the_38_provinces_without_sign_in()
    {
        app.SkipIfUnavailable();
        var (status, html) = await Get("/wilayah");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<h1>Wilayah Indonesia</h1>", html, StringComparison.Ordinal);
        Assert.Contains("38 provinsi, 514 kabupaten/kota, 7.285 kecamatan dan 83.762 desa/kelurahan", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/wilayah/35\">Jawa Timur</a>", html, StringComparison.Ordinal);
        Assert.Equal(38, CountOf(html, "<th scope=\"row\"><a href=\"/wilayah/"));
        Assert.Contains("ODbL", html, StringComparison.Ordinal);
        Assert.Contains("idn-area-data 4.0.1", html, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Search_shows_each_result_with_its_kind_and_full_path()
    {
        app.SkipIfUnavailable();
        var (_, html) = await Get("/wilayah?q=kemiren");

        Assert.Contains("2 wilayah ditemukan", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/wilayah/35.10.15.2004\">Desa Kemiren</a>", html, StringComparison.Ordinal);
        Assert.Contains("— Kec. Glagah, Kab. Banyuwangi, Jawa Timur", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"badge\">Desa</span>", html, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Search_by_code_finds_the_regency_first()
    {
        app.SkipIfUnavailable();
        var (_, html) = await Get("/wilayah?q=35.10");

        Assert.Contains("243 wilayah ditemukan", html, StringComparison.Ordinal);
        var regency = html.IndexOf("<a href=\"/wilayah/35.10\">Kabupaten Banyuwangi</a>", StringComparison.Ordinal);
        var district = html.IndexOf("<a href=\"/wilayah/35.10.01\">Kecamatan Pesanggaran</a>", StringComparison.Ordinal);
        Assert.True(regency > 0 && district > regency);
    }

    [SkippableFact]
    public async Task Search_results_are_paged()
    {
        app.SkipIfUnavailable();
        var (_, first) = await Get("/wilayah?q=35.10");
        Assert.Contains("Halaman 1 dari 13", first, StringComparison.Ordinal);
        Assert.Contains("href=\"/wilayah?q=35.10&halaman=2\"", first, StringComparison.Ordinal);

        var (_, second) = await Get("/wilayah?q=35.10&halaman=2");
        Assert.Contains("Halaman 2 dari 13", second, StringComparison.Ordinal);
        Assert.Contains("<ol class=\"region-results\" start=\"21\">", second, StringComparison.Ordinal);
        Assert.Contains("href=\"/wilayah?q=35.10&halaman=1\"", second, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Too_short_search_is_explained_and_no_match_has_an_empty_state()
    {
        app.SkipIfUnavailable();
        var (status, tooShort) = await Get("/wilayah?q=a");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("role=\"alert\">Ketik minimal 2 karakter untuk mencari.", tooShort, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", tooShort, StringComparison.Ordinal);

        var (_, none) = await Get("/wilayah?q=tidakadawilayahini");
        Assert.Contains("class=\"empty\"", none, StringComparison.Ordinal);
        Assert.Contains("Tidak ada wilayah yang cocok dengan “tidakadawilayahini”", none, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Village_page_shows_breadcrumbs_from_the_province_and_that_Kemiren_is_a_desa()
    {
        app.SkipIfUnavailable();
        var (status, html) = await Get("/wilayah/35.10.15.2004");

        Assert.Equal(HttpStatusCode.OK, status);
        var crumbs = Between(html, "<nav class=\"crumbs\"", "</nav>");
        Assert.Matches(
            "href=\"/wilayah\">Wilayah</a>.*href=\"/wilayah/35\">Jawa Timur</a>.*href=\"/wilayah/35.10\">Kabupaten Banyuwangi</a>.*"
            + "href=\"/wilayah/35.10.15\">Kecamatan Glagah</a>.*<span aria-current=\"page\">Desa Kemiren</span>",
            crumbs.ReplaceLineEndings(" "));
        Assert.Contains("<h1>Desa Kemiren</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<dd>Desa/Kelurahan</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<strong>Desa</strong>", html, StringComparison.Ordinal);
        Assert.Contains("tidak ada wilayah di bawahnya", html, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Pakis_is_shown_as_a_kelurahan()
    {
        app.SkipIfUnavailable();
        var (_, html) = await Get("/wilayah/35.10.16.1001");

        Assert.Contains("<h1>Kelurahan Pakis</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<strong>Kelurahan</strong>", html, StringComparison.Ordinal);
        Assert.Contains("<span aria-current=\"page\">Kelurahan Pakis</span>", html, StringComparison.Ordinal);

        var (_, glagah) = await Get("/wilayah/35.10.15"); // 2 kelurahan and 8 desa
        Assert.Equal(2, CountOf(glagah, "<td>Kelurahan</td>"));
        Assert.Equal(8, CountOf(glagah, "<td>Desa</td>"));
    }

    [SkippableFact]
    public async Task Regency_page_lists_its_25_districts_in_code_order_with_their_village_counts()
    {
        app.SkipIfUnavailable();
        var (_, html) = await Get("/wilayah/35.10");

        Assert.Contains("<h1>Kabupaten Banyuwangi</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<strong>Kabupaten</strong>", html, StringComparison.Ordinal);
        Assert.Contains("Kecamatan di Kabupaten Banyuwangi", html, StringComparison.Ordinal);
        Assert.Contains("25 wilayah di bawah Kabupaten Banyuwangi", html, StringComparison.Ordinal);
        Assert.Equal(25, CountOf(html, "<th scope=\"row\">"));
        Assert.True(html.IndexOf(">35.10.01<", StringComparison.Ordinal) < html.IndexOf(">35.10.25<", StringComparison.Ordinal));
        Assert.Contains("Jumlah desa/kelurahan", html, StringComparison.Ordinal);
        Assert.Matches("<a href=\"/wilayah/35.10.16\">Banyuwangi</a></th>\\s*<td>Kecamatan</td>\\s*<td class=\"num\">18</td>", html);
        Assert.Contains("href=\"/wilayah/35.10/ekspor.csv\"", html, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Children_can_be_filtered_by_name_or_code()
    {
        app.SkipIfUnavailable();
        var (_, byName) = await Get("/wilayah/35.10?saring=GLAGAH");
        Assert.Equal(1, CountOf(byName, "<th scope=\"row\">"));
        Assert.Contains("1 dari 25 wilayah cocok dengan “GLAGAH”", byName, StringComparison.Ordinal);

        var (_, byCode) = await Get("/wilayah/35.10?saring=35.10.1");
        Assert.Equal(10, CountOf(byCode, "<th scope=\"row\">"));

        var (_, none) = await Get("/wilayah/35.10?saring=zzz");
        Assert.Contains("Tidak ada wilayah di bawah Kabupaten Banyuwangi yang cocok dengan “zzz”", none, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData("/wilayah/99.99")]
    [InlineData("/wilayah/35.10.15.9999")]
    [InlineData("/wilayah/bukan-kode")]
    public async Task Unknown_region_answers_404_with_a_helpful_page(string url)
    {
        app.SkipIfUnavailable();
        var (status, html) = await Get(url);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("<h1>Wilayah tidak ditemukan</h1>", html, StringComparison.Ordinal);
        Assert.Contains("action=\"/wilayah\"", html, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Code_without_dots_redirects_to_the_dotted_page()
    {
        app.SkipIfUnavailable();
        var response = await app.Browser().GetAsync("/wilayah/351015");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/wilayah/35.10.15", response.Headers.Location?.OriginalString);
    }

    [SkippableFact]
    public async Task Children_export_as_csv_that_spreadsheets_open()
    {
        app.SkipIfUnavailable();
        var response = await app.Browser().GetAsync("/wilayah/35.10.15/ekspor.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("wilayah-35.10.15.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("kode,nama,jenis,tingkat,kode_induk,jumlah_wilayah_bawahan", lines[0]);
        Assert.Contains("35.10.15.2004,Kemiren,Desa,village,35.10.15,0", lines);
        Assert.Equal(1 + 10, lines.Length); // Glagah has 10 villages

        var regency = await app.Browser().GetStringAsync("/wilayah/35.10/ekspor.csv");
        Assert.Contains("35.10.16,Banyuwangi,Kecamatan,district,35.10,18", regency, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await app.Browser().GetAsync("/wilayah/99.99/ekspor.csv")).StatusCode);
    }

    [SkippableFact]
    public async Task Menu_links_the_region_pages()
    {
        app.SkipIfUnavailable();
        var (_, html) = await Get("/");

        Assert.Contains("href=\"/wilayah\"", Between(html, "<nav class=\"menu\"", "</nav>"), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Region_page_is_available_in_English()
    {
        app.SkipIfUnavailable();
        var client = app.Browser();
        await client.GetAsync("/bahasa?c=en&kembali=/");

        var (_, html) = await Get("/wilayah/35.10.16.1001", client);

        Assert.Contains("Urban village (kelurahan)", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Kelurahan Pakis</h1>", html, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static string Between(string text, string start, string end)
    {
        var from = text.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, $"{start} not found");
        return text[from..text.IndexOf(end, from, StringComparison.Ordinal)];
    }
}

[Collection(SqliteCollection.Name)]
public sealed class RegionPageTestsOnSqlite(SqliteApp app) : RegionPageTests(app);

[Collection(PostgresCollection.Name)]
public sealed class RegionPageTestsOnPostgres(PostgresApp app) : RegionPageTests(app);

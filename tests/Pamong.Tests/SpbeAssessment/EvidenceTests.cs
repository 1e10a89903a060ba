using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Pamong.Tests.Infrastructure;

namespace Pamong.Tests.SpbeAssessment;

/// <summary>Evidence files: only real PDF/JPEG/PNG/DOCX/XLSX within the size limit, kept by SHA-256; links; removal.</summary>
public abstract partial class EvidenceTests(PamongApp app)
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    private static byte[] Office(string part)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var name in new[] { "[Content_Types].xml", part })
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write("<?xml version=\"1.0\"?><x/>");
            }
        }

        return memory.ToArray();
    }

    private static async Task<HttpResponseMessage> Upload(HttpClient client, int year, string code, string fileName, byte[] content, string contentType = "application/octet-stream")
    {
        var body = new ByteArrayContent(content);
        body.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return await client.PostAsync($"/api/v1/spbe/periods/{year}/indicators/{code}/evidence?fileName={Uri.EscapeDataString(fileName)}", body);
    }

    [SkippableFact]
    public async Task A_pdf_is_kept_under_its_sha256_and_downloads_as_an_attachment()
    {
        app.SkipIfUnavailable();
        var admin = await app.SignedInAsync("admin");
        var year = await admin.NewPeriodAsync();
        var response = await Upload(admin, year, "22", "SK Tim Keamanan.pdf", Pdf, "application/pdf");
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var item = await response.JsonAsync();
        var sha = Convert.ToHexStringLower(SHA256.HashData(Pdf));
        Assert.Equal(sha, item.GetProperty("sha256").GetString());
        Assert.Equal("application/pdf", item.GetProperty("contentType").GetString());

        var download = await admin.GetAsync(item.GetProperty("download").GetString());
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        var page = await admin.GetAsync($"/spbe/{year}/bukti/{item.GetProperty("id").GetInt32()}");
        Assert.Equal(Pdf, await page.Content.ReadAsByteArrayAsync());

        var again = await Upload(admin, year, "22", "salinan.pdf", Pdf);
        Assert.Equal("evidence_duplicate", (await again.JsonAsync()).ProblemCode());

        var detail = await (await admin.GetAsync($"/api/v1/spbe/periods/{year}/indicators/22")).JsonAsync();
        Assert.Single(detail.GetProperty("evidence").EnumerateArray());
    }

    [SkippableTheory]
    [InlineData("bukti.pdf", "text", "evidence_content_mismatch")]
    [InlineData("foto.png", "pdf", "evidence_content_mismatch")]
    [InlineData("laporan.xlsx", "docx", "evidence_content_mismatch")]
    [InlineData("setup.exe", "pdf", "evidence_type_not_allowed")]
    [InlineData("catatan.txt", "text", "evidence_type_not_allowed")]
    [InlineData("", "pdf", "evidence_file_missing")]
    public async Task A_file_whose_content_is_not_what_its_name_says_is_refused(string fileName, string content, string code)
    {
        app.SkipIfUnavailable();
        var admin = await app.SignedInAsync("admin");
        var year = await admin.NewPeriodAsync();
        var bytes = content switch
        {
            "pdf" => Pdf,
            "docx" => Office("word/document.xml"),
            _ => Encoding.UTF8.GetBytes("MZ bukan dokumen sungguhan"),
        };
        var response = await Upload(admin, year, "22", fileName, bytes);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.JsonAsync();
        Assert.Equal(code, problem.ProblemCode());
        Assert.NotEmpty(problem.ErrorsOf("file"));
        var detail = await (await admin.GetAsync($"/api/v1/spbe/periods/{year}/indicators/22")).JsonAsync();
        Assert.Empty(detail.GetProperty("evidence").EnumerateArray());
    }

    [SkippableFact]
    public async Task Office_documents_images_and_links_are_accepted_and_a_file_over_the_limit_is_not()
    {
        app.SkipIfUnavailable();
        var admin = await app.SignedInAsync("admin");
        var year = await admin.NewPeriodAsync();
        Assert.Equal(HttpStatusCode.Created, (await Upload(admin, year, "23", "tata-kelola-data.docx", Office("word/document.xml"))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await Upload(admin, year, "23", "katalog-data.xlsx", Office("xl/workbook.xml"))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await Upload(admin, year, "23", "foto.JPG", [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 0x4A, 0x46])).StatusCode);
        var link = await admin.PostAsJsonAsync($"/api/v1/spbe/periods/{year}/indicators/23/evidence", new { url = "https://data.banyuwangikab.go.id/", title = "Portal data" });
        Assert.Equal(HttpStatusCode.Created, link.StatusCode);
        var badLink = await admin.PostAsJsonAsync($"/api/v1/spbe/periods/{year}/indicators/23/evidence", new { url = "javascript:alert(1)" });
        Assert.Equal("evidence_url_invalid", (await badLink.JsonAsync()).ProblemCode());

        var tooLarge = new byte[(10 * 1024 * 1024) + 1];
        Pdf.CopyTo(tooLarge, 0);
        Assert.Equal("evidence_too_large", (await (await Upload(admin, year, "23", "besar.pdf", tooLarge)).JsonAsync()).ProblemCode());

        var form = new StringContent("a=b", Encoding.UTF8, "text/plain");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await admin.PostAsync($"/api/v1/spbe/periods/{year}/indicators/23/evidence", form)).StatusCode);

        var detail = await (await admin.GetAsync($"/api/v1/spbe/periods/{year}/indicators/23")).JsonAsync();
        var items = detail.GetProperty("evidence").EnumerateArray().ToList();
        Assert.Equal(4, items.Count);

        var removed = await admin.DeleteAsync($"/api/v1/spbe/periods/{year}/indicators/23/evidence/{items[0].GetProperty("id").GetInt32()}");
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        detail = await (await admin.GetAsync($"/api/v1/spbe/periods/{year}/indicators/23")).JsonAsync();
        Assert.Equal(3, detail.GetProperty("evidence").GetArrayLength());
    }

    [SkippableFact]
    public async Task Evidence_is_uploaded_on_the_indicator_page_and_a_renamed_file_is_refused_there_too()
    {
        app.SkipIfUnavailable();
        var admin = await app.SignedInAsync("admin");
        var year = await admin.NewPeriodAsync();
        var url = $"/spbe/{year}/indikator/31";

        var ok = await PostFileAsync(admin, url, "audit-keamanan.pdf", Pdf);
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var page = await admin.GetStringAsync(url);
        Assert.Contains("audit-keamanan.pdf", page, StringComparison.Ordinal);

        var fake = await PostFileAsync(admin, url, "palsu.pdf", Encoding.UTF8.GetBytes("<html>bukan pdf</html>"));
        Assert.Equal(HttpStatusCode.OK, fake.StatusCode);
        var html = await fake.Content.ReadAsStringAsync();
        Assert.Contains("role=\"alert\"", html, StringComparison.Ordinal);
        Assert.Contains("palsu.pdf", html, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(html, $"href=\"/spbe/{year}/bukti/\\d+\""));
    }

    private static async Task<HttpResponseMessage> PostFileAsync(HttpClient client, string url, string fileName, byte[] content)
    {
        var page = await client.GetStringAsync(url);
        var token = System.Net.WebUtility.HtmlDecode(AntiforgeryToken().Match(page).Groups[1].Value);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "Upload", fileName);
        return await client.PostAsync(url + "?handler=Upload", form);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}

[Collection(SqliteCollection.Name)]
public sealed class EvidenceTestsOnSqlite(SqliteApp app) : EvidenceTests(app);

[Collection(PostgresCollection.Name)]
public sealed class EvidenceTestsOnPostgres(PostgresApp app) : EvidenceTests(app);

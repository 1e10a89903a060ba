using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Pamong.Tests.Infrastructure;
using static Pamong.Tests.Complaints.ComplaintTestSupport;

namespace Pamong.Tests.Complaints;

/// <summary>Filing without sign-in: named, anonymous and confidential complaints, attachments checked by content, clear refusals.</summary>
public abstract partial class FilingTests(PamongApp app)
{
    [SkippableFact]
    public async Task A_named_complaint_gets_a_tracking_code_a_verification_deadline_and_a_notice_to_the_complainant()
    {
        app.SkipIfUnavailable();
        await app.PrepareAsync();
        var email = $"{Guid.NewGuid():N}@contoh.id";
        var title = Unique("Lampu jalan padam");
        var code = await app.FileAsync(Kemiren, title, name: "Siti Aminah", email: email,
            attachments: [new { fileName = "foto.png", content = Convert.ToBase64String(Png) }, new { fileName = "surat.pdf", content = Convert.ToBase64String(Pdf) }]);

        Assert.Matches(TrackingCodeFormat(), code);
        var stored = await app.WithComplaints(db => db.Complaints.Include(c => c.Files).Include(c => c.Events).SingleAsync(c => c.TrackingCode == code));
        Assert.Equal(("Siti Aminah", email, "Desa Kemiren", "Submitted"), (stored.ComplainantName, stored.ComplainantEmail, stored.UnitName, stored.Status.ToString()));
        Assert.Equal(new DateOnly(2026, 11, 26), stored.VerifyDueOn); // Monday 23 Nov + 3 working days
        Assert.Equal(["image/png", "application/pdf"], stored.Files.OrderBy(f => f.Id).Select(f => f.ContentType));
        Assert.Equal("Filed", Assert.Single(stored.Events).Action.ToString());

        var notice = Assert.Single(await app.MessagesToAsync(email));
        Assert.Contains(code, notice.Body, StringComparison.Ordinal);

        // Tracking shows the status and no personal data, in the API and on the page.
        var tracked = await app.CreateClient().GetStringAsync($"/api/v1/complaints/track/{code.ToLowerInvariant().Replace("-", "", StringComparison.Ordinal)}");
        Assert.Contains("\"status\":\"submitted\"", tracked, StringComparison.Ordinal);
        Assert.DoesNotContain("Siti", tracked, StringComparison.Ordinal);
        Assert.DoesNotContain(email, tracked, StringComparison.Ordinal);
        var page = await app.CreateClient().GetStringAsync($"/pengaduan/lacak?kode={code}");
        Assert.Contains(title, page, StringComparison.Ordinal);
        Assert.Contains("Menunggu verifikasi", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Siti", page, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task An_anonymous_complaint_filed_on_the_page_keeps_no_identity_even_when_a_name_was_typed()
    {
        app.SkipIfUnavailable();
        await app.PrepareAsync();
        var client = app.Browser();
        var title = Unique("Pungutan di loket");
        var response = await client.PostFormAsync("/pengaduan/baru", new()
        {
            ["Input.Title"] = title,
            ["Input.Description"] = "Diminta uang tambahan.",
            ["Input.Category"] = "pungli",
            ["Input.UnitCode"] = "DINSOS",
            ["Identity"] = "anonymous",
            ["Input.Name"] = "Tidak Disimpan",
            ["Input.Email"] = "x@contoh.id",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/pengaduan/terkirim", response.Headers.Location?.OriginalString);
        var filed = await client.GetStringAsync("/pengaduan/terkirim");
        var code = TrackingCodeFormat().Match(filed).Value;
        Assert.NotEmpty(code);

        var stored = await app.WithComplaints(db => db.Complaints.SingleAsync(c => c.TrackingCode == code));
        Assert.Equal((title, true, false, null, null, null), (stored.Title, stored.Anonymous, stored.Confidential, stored.ComplainantName, stored.ComplainantEmail, stored.ComplainantUserId));

        // The code is shown once; coming back to the page goes to tracking.
        var again = await client.GetAsync("/pengaduan/terkirim");
        Assert.Equal("/pengaduan/lacak", again.Headers.Location?.OriginalString);
    }

    [SkippableFact]
    public async Task Bad_input_gets_a_problem_with_a_message_per_field()
    {
        app.SkipIfUnavailable();
        await app.PrepareAsync();
        var response = await app.CreateClient().PostAsJsonAsync("/api/v1/complaints", new
        {
            title = " ",
            category = "politik",
            unitCode = "TIDAK-ADA",
            villageCode = "99.99.99.9999",
            email = "bukan-surel",
            phone = "12",
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.JsonAsync();
        Assert.Equal("complaint_invalid", problem.ProblemCode());
        foreach (var field in new[] { "title", "description", "category", "unitCode", "villageCode", "name", "email", "phone" })
        {
            Assert.NotEmpty(problem.ErrorsOf(field));
        }

        var notBase64 = await app.CreateClient().PostAsJsonAsync("/api/v1/complaints", new { title = "x", attachments = new[] { new { fileName = "a.pdf", content = "%%%" } } });
        Assert.Equal("complaint_attachment_invalid", (await notBase64.JsonAsync()).ProblemCode());
    }

    [SkippableTheory]
    [InlineData("program.exe", "pdf")]
    [InlineData("foto.png", "pdf")]
    [InlineData("surat.pdf", "text")]
    [InlineData("kosong.pdf", "empty")]
    [InlineData("besar.pdf", "large")]
    public async Task An_attachment_that_is_not_a_real_pdf_jpeg_or_png_within_the_limit_is_refused(string fileName, string content)
    {
        app.SkipIfUnavailable();
        await app.PrepareAsync();
        var bytes = content switch
        {
            "pdf" => Pdf,
            "text" => "halo"u8.ToArray(),
            "empty" => [],
            _ => [.. Pdf, .. new byte[5 * 1024 * 1024]],
        };
        var title = Unique("Lampiran salah");
        var response = await app.CreateClient().PostAsJsonAsync("/api/v1/complaints", new
        {
            title,
            description = "Uraian.",
            category = "pelayanan",
            unitCode = "DINSOS",
            anonymous = true,
            attachments = new[] { new { fileName, content = Convert.ToBase64String(bytes) } },
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.JsonAsync();
        Assert.Contains(fileName, Assert.Single(problem.ErrorsOf("attachments")), StringComparison.Ordinal);
        Assert.False(await app.WithComplaints(db => db.Complaints.AnyAsync(c => c.Title == title)));
    }

    [SkippableFact]
    public async Task A_refused_upload_on_the_page_is_explained_and_nothing_typed_is_lost()
    {
        app.SkipIfUnavailable();
        await app.PrepareAsync();
        var client = app.Browser();
        var page = await client.GetStringAsync("/pengaduan/baru");
        var token = WebUtility.HtmlDecode(Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value);
        var title = Unique("Berkas palsu");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(title), "Input.Title" },
            { new StringContent("Uraian yang panjang."), "Input.Description" },
            { new StringContent("pelayanan"), "Input.Category" },
            { new StringContent("DINSOS"), "Input.UnitCode" },
            { new StringContent("named"), "Identity" },
            { new StringContent("Budi"), "Input.Name" },
        };
        var file = new ByteArrayContent("MZ bukan gambar"u8.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        form.Add(file, "Attachments", "foto.png");
        var response = await client.PostAsync("/pengaduan/baru", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Isi berkas foto.png tidak sesuai jenisnya", html, StringComparison.Ordinal);
        Assert.Contains("role=\"alert\"", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{title}\"", html, StringComparison.Ordinal);
        Assert.Contains("Uraian yang panjang.", html, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task The_catalogue_link_prefills_the_service_as_given_and_the_unit()
    {
        app.SkipIfUnavailable();
        var html = await app.CreateClient().GetStringAsync("/pengaduan/baru?layanan=layanan-tak-dikenal&unit=35.10.15");
        Assert.Contains("value=\"layanan-tak-dikenal\"", html, StringComparison.Ordinal);
        Assert.Matches("<option selected=\"selected\" value=\"35.10.15\">|<option value=\"35.10.15\" selected=\"selected\">", html);
    }

    [GeneratedRegex("ADU-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}")]
    private static partial Regex TrackingCodeFormat();
}

[Collection(SqliteCollection.Name)]
public sealed class FilingTestsOnSqlite(SqliteApp app) : FilingTests(app);

[Collection(PostgresCollection.Name)]
public sealed class FilingTestsOnPostgres(PostgresApp app) : FilingTests(app);

using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pamong.Platform.Signing;
using Pamong.Platform.Signing.Certificates;
using Pamong.Tests.Infrastructure;

namespace Pamong.Tests.Signing;

public abstract class SigningTests(PamongApp app)
{
    [SkippableFact]
    public async Task Issued_document_carries_a_real_signature_chained_to_the_pemda_root_and_its_page_says_valid()
    {
        app.SkipIfUnavailable();
        var document = await app.IssueAsync("35.10.15.2004");
        Assert.Equal("Desa Kemiren", document.IssuerName);
        Assert.Equal(IssuedDocumentStatus.Valid, document.Status);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(document.Content)), document.Sha256);

        var root = X509CertificateLoader.LoadCertificate(await app.CreateClient().GetByteArrayAsync("/tanda-tangan/root-ca.crt"));
        Assert.Contains("Banyuwangi", root.Subject, StringComparison.Ordinal);
        var parsed = SignedPdf.Parse(document.Content);
        parsed.Cms.CheckSignature(verifySignatureOnly: true);
        SignedPdf.AssertChainsTo(parsed.Cms.SignerInfos[0].Certificate!, parsed.Cms.Certificates, root);
        Assert.Contains("/verifikasi/" + document.VerificationCode, Pamong.Tests.Web.PdfInspection.Raw(document.Content), StringComparison.Ordinal);

        var page = await app.CreateClient().GetStringAsync("/verifikasi/" + document.VerificationCode);
        Assert.Contains("DOKUMEN SAH", page, StringComparison.Ordinal);
        Assert.Contains(document.Number, page, StringComparison.Ordinal);
        Assert.Contains("CN=Desa Kemiren", page, StringComparison.Ordinal);

        var api = await (await app.CreateClient().GetAsync("/api/v1/documents/verify/" + document.VerificationCode.ToLowerInvariant())).JsonAsync();
        Assert.Equal("valid", api.GetProperty("status").GetString());
        Assert.Equal(document.Number, api.GetProperty("number").GetString());
    }

    [SkippableFact]
    public async Task Poppler_pdfsig_accepts_an_issued_document()
    {
        app.SkipIfUnavailable();
        var document = await app.IssueAsync("35.10.15");
        var report = SignedPdf.PdfSigReport(document.Content);
        Skip.If(report is null, "poppler's pdfsig is not installed.");
        Assert.Contains("Signature is Valid", report, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Uploaded_file_is_checked_against_the_register_by_hash_and_signature()
    {
        app.SkipIfUnavailable();
        var document = await app.IssueAsync("DINSOS");
        var client = app.CreateClient();

        var same = await (await client.PostAsync("/api/v1/documents/verify/" + document.VerificationCode, Pdf(document.Content))).JsonAsync();
        Assert.True(same.GetProperty("authentic").GetBoolean());
        Assert.True(same.GetProperty("signatureValid").GetBoolean());
        Assert.True(same.GetProperty("chainsToPemdaRoot").GetBoolean());

        var changed = (byte[])document.Content.Clone();
        var at = Pamong.Tests.Web.PdfInspection.Raw(changed).IndexOf("pengujian", StringComparison.Ordinal);
        changed[at] = (byte)'P';
        var tampered = await (await client.PostAsync("/api/v1/documents/verify/" + document.VerificationCode, Pdf(changed))).JsonAsync();
        Assert.False(tampered.GetProperty("matchesIssuedFile").GetBoolean());
        Assert.False(tampered.GetProperty("signatureValid").GetBoolean());
        Assert.False(tampered.GetProperty("authentic").GetBoolean());

        // The page's upload form says the same.
        var browser = app.Browser();
        using var form = new MultipartFormDataContent { { new ByteArrayContent(document.Content), "Upload", "surat.pdf" } };
        var html = await PostMultipartAsync(browser, "/verifikasi/" + document.VerificationCode, form);
        Assert.Contains("Berkas asli", html, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Unknown_code_is_not_found_on_the_page_and_in_the_api()
    {
        app.SkipIfUnavailable();
        var client = app.CreateClient();
        var page = await client.GetAsync("/verifikasi/ABCDEFGHJKLMNPQRSTUVWXYZ");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Contains("Tidak ada dokumen", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var api = await client.GetAsync("/api/v1/documents/verify/ABCDEFGHJKLMNPQRSTUVWXYZ");
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
    }

    [SkippableFact]
    public async Task Administrator_revokes_a_document_with_a_reason_and_its_page_says_revoked()
    {
        app.SkipIfUnavailable();
        var document = await app.IssueAsync("DINSOS");
        var admin = app.Browser();
        await admin.SignInAsync("admin");

        var unconfirmed = await admin.PostFormAsync($"/admin/dokumen-terbit/{document.Id}?handler=Revoke", new() { ["Reason"] = "Salah ketik nama" }, $"/admin/dokumen-terbit/{document.Id}");
        Assert.Contains("Centang konfirmasi", await unconfirmed.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var revoked = await admin.PostFormAsync($"/admin/dokumen-terbit/{document.Id}?handler=Revoke",
            new() { ["Reason"] = "Salah ketik nama", ["Confirm"] = "true" }, $"/admin/dokumen-terbit/{document.Id}");
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);

        var page = await app.CreateClient().GetStringAsync("/verifikasi/" + document.VerificationCode);
        Assert.Contains("DOKUMEN DICABUT", page, StringComparison.Ordinal);
        Assert.Contains("Salah ketik nama", page, StringComparison.Ordinal);
        var audit = await app.WithDb(db => db.AuditRecords.Where(r => r.Subject == nameof(IssuedDocument) && r.SubjectId == document.Id.ToString()).ToListAsync());
        Assert.Contains(audit, r => r.Action == "updated" && r.Reason == "Salah ketik nama");
        Assert.All(audit, r => Assert.DoesNotContain("JVBER", r.After ?? "", StringComparison.Ordinal)); // the PDF itself is not copied into the log

        var again = await admin.PostJson($"/api/v1/documents/{document.Id}/revoke", new { reason = "lagi" });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("document_already_revoked", (await again.JsonAsync()).ProblemCode());
    }

    [SkippableFact]
    public async Task Unit_whose_certificate_was_revoked_is_refused_clearly()
    {
        app.SkipIfUnavailable();
        var admin = app.Browser();
        await admin.SignInAsync("admin");
        var made = await admin.PostJson("/api/v1/signing/certificates", new { holder = "unit", unitCode = "DLH", keyType = "rsa3072" });
        Assert.Equal(HttpStatusCode.Created, made.StatusCode);
        var certificate = await made.JsonAsync();
        Assert.Equal("RSA 3072", certificate.GetProperty("keyAlgorithm").GetString());
        Assert.Equal("valid", certificate.GetProperty("state").GetString());
        Assert.False(certificate.TryGetProperty("protectedKey", out _));
        var id = certificate.GetProperty("id").GetString();

        var noReason = await admin.PostJson($"/api/v1/signing/certificates/{id}/revoke", new { reason = " " });
        Assert.Equal("reason_required", (await noReason.JsonAsync()).ProblemCode());
        var revoked = await admin.PostJson($"/api/v1/signing/certificates/{id}/revoke", new { reason = "Kunci bocor" });
        Assert.Equal("revoked", (await revoked.JsonAsync()).GetProperty("state").GetString());

        var detail = await admin.GetStringAsync($"/admin/tanda-tangan/{id}");
        Assert.Contains("Kunci bocor", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Reason\"", detail, StringComparison.Ordinal);

        var refused = await Assert.ThrowsAsync<SigningRefusedException>(() => app.IssueAsync("DLH"));
        Assert.Equal(SigningRefusedException.NoValidCertificate, refused.Refusal.Code);
        Assert.Contains("Dinas Lingkungan Hidup", refused.Refusal.Detail, StringComparison.Ordinal);

        var audit = await app.WithDb(db => db.AuditRecords.Where(r => r.Subject == nameof(SigningCertificate) && r.SubjectId == id).ToListAsync());
        Assert.Contains(audit, r => r.Reason == "Kunci bocor");
        Assert.Contains("\"ProtectedKey\":\"***\"", audit.Single(r => r.Action == "created").After, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Officer_certificate_signs_in_the_officers_name()
    {
        app.SkipIfUnavailable();
        var name = TestAccounts.UniqueName("kades");
        var officerId = await app.CreateStaffAsync(name, "DesaOperator", "35.10.15.2004");
        var admin = app.Browser();
        await admin.SignInAsync("admin");
        var made = await admin.PostJson("/api/v1/signing/certificates", new { holder = "officer", unitCode = "35.10.15.2004", userName = name, keyType = "ecdsa-p256" });
        Assert.Equal(HttpStatusCode.Created, made.StatusCode);

        var document = await app.IssueAsync("35.10.15.2004", officerId);
        Assert.Equal("Pegawai " + name, document.SignerName);
        Assert.Contains("CN=Pegawai " + name, SignedPdf.Parse(document.Content).Cms.SignerInfos[0].Certificate!.Subject, StringComparison.Ordinal);

        var unknown = await admin.PostJson("/api/v1/signing/certificates", new { holder = "officer", unitCode = "35.10.15.2004", userName = "tidak-ada", keyType = "ecdsa-p256" });
        Assert.Equal("officer_not_found", (await unknown.JsonAsync()).ProblemCode());
    }

    [SkippableFact]
    public async Task Administrator_imports_a_pkcs12_from_an_external_ca()
    {
        app.SkipIfUnavailable();
        using var externalRoot = CertificateFactory.CreateRoot("Balai Sertifikasi Elektronik Uji", app.Clock.GetUtcNow());
        using var issued = CertificateFactory.Issue(externalRoot, "Kepala Dinas Kesehatan", null, "BSrE Uji", SigningKeyType.EcdsaP256, app.Clock.GetUtcNow());
        var collection = new X509Certificate2Collection { issued, X509CertificateLoader.LoadCertificate(externalRoot.RawData) };
        var p12 = collection.Export(X509ContentType.Pkcs12, "rahasia-123")!;
        var admin = app.Browser();
        await admin.SignInAsync("admin");

        var wrong = await admin.PostAsync("/api/v1/signing/certificates/import", Import(p12, "salah"));
        Assert.Equal("pkcs12_unreadable", (await wrong.JsonAsync()).ProblemCode());

        var imported = await admin.PostAsync("/api/v1/signing/certificates/import", Import(p12, "rahasia-123"));
        Assert.True(imported.StatusCode == HttpStatusCode.Created, await imported.Content.ReadAsStringAsync());
        var view = await imported.JsonAsync();
        Assert.Equal("imported", view.GetProperty("source").GetString());
        Assert.Contains("Balai Sertifikasi", view.GetProperty("issuer").GetString(), StringComparison.Ordinal);

        var twice = await admin.PostAsync("/api/v1/signing/certificates/import", Import(p12, "rahasia-123"));
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);

        var generated = await admin.PostFormAsync("/admin/tanda-tangan?handler=Generate",
            new() { ["Holder"] = "unit", ["UnitCode"] = "TIDAK-ADA", ["KeyType"] = "ecdsa-p256" }, "/admin/tanda-tangan");
        Assert.Contains("Unit kerja dengan kode ini tidak ditemukan", await generated.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var list = await admin.GetStringAsync("/admin/tanda-tangan");
        Assert.Contains("Diimpor (CA luar)", list, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Desa_operator_sees_only_documents_of_their_village()
    {
        app.SkipIfUnavailable();
        var own = await app.IssueAsync("35.10.15.2004", title: "Surat Desa " + Guid.NewGuid().ToString("N")[..6]);
        var other = await app.IssueAsync("DINSOS", title: "Surat Dinas " + Guid.NewGuid().ToString("N")[..6]);
        var desa = app.Browser();
        await desa.SignInAsync("desa");

        var list = await (await desa.GetAsync("/api/v1/documents?q=Surat")).JsonAsync();
        var ids = list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();
        Assert.Contains(own.Id, ids);
        Assert.DoesNotContain(other.Id, ids);
        Assert.Equal(HttpStatusCode.NotFound, (await desa.GetAsync($"/api/v1/documents/{other.Id}/file")).StatusCode);
        var file = await desa.GetAsync($"/api/v1/documents/{own.Id}/file");
        Assert.Equal("application/pdf", file.Content.Headers.ContentType?.MediaType);
        Assert.Equal(own.Content, await file.Content.ReadAsByteArrayAsync());

        var page = await desa.GetStringAsync("/admin/dokumen-terbit?Q=" + Uri.EscapeDataString(own.Title));
        Assert.Contains(own.Number, page, StringComparison.Ordinal);
        Assert.Equal(own.Content, await desa.GetByteArrayAsync($"/admin/dokumen-terbit/{own.Id}?handler=File"));
        Assert.Equal(HttpStatusCode.NotFound, (await desa.GetAsync($"/admin/dokumen-terbit/{other.Id}")).StatusCode);
        Assert.DoesNotContain("Cabut dokumen", await desa.GetStringAsync($"/admin/dokumen-terbit/{own.Id}"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await desa.PostJson($"/api/v1/documents/{own.Id}/revoke", new { reason = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await desa.GetAsync("/api/v1/signing/certificates")).StatusCode);
    }

    [SkippableFact]
    public async Task Citizen_cannot_open_the_register()
    {
        app.SkipIfUnavailable();
        var warga = app.Browser();
        await warga.SignInAsync("warga");
        Assert.Equal(HttpStatusCode.Forbidden, (await warga.GetAsync("/api/v1/documents")).StatusCode);
    }

    private static ByteArrayContent Pdf(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        return content;
    }

    private static MultipartFormDataContent Import(byte[] p12, string password) => new()
    {
        { new StringContent("unit"), "holder" },
        { new StringContent("DINKES"), "unitCode" },
        { new StringContent(password), "password" },
        { new ByteArrayContent(p12), "file", "sertifikat.p12" },
    };

    private static async Task<string> PostMultipartAsync(HttpClient client, string url, MultipartFormDataContent form)
    {
        var page = await client.GetStringAsync(url);
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"");
        form.Add(new StringContent(WebUtility.HtmlDecode(token.Groups[1].Value)), "__RequestVerificationToken");
        return await (await client.PostAsync(url, form)).Content.ReadAsStringAsync();
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SigningTestsOnSqlite(SqliteApp app) : SigningTests(app);

[Collection(PostgresCollection.Name)]
public sealed class SigningTestsOnPostgres(PostgresApp app) : SigningTests(app);

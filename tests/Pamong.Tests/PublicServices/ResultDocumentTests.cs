using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pamong.Platform.Accounts;
using Pamong.Platform.Signing;
using Pamong.Platform.Tenancy;
using Pamong.PublicServices.Applications;
using Pamong.PublicServices.Data;
using Pamong.PublicServices.Documents;
using Pamong.Tests.Infrastructure;
using Pamong.Tests.Signing;
using Pamong.Tests.Web;

namespace Pamong.Tests.PublicServices;

public abstract partial class ResultDocumentTests(PamongApp app)
{
    private const string Nik = "3510154507900002";

    [SkippableFact]
    public async Task Result_document_of_a_village_letter_is_signed_and_its_qr_page_says_valid()
    {
        app.SkipIfUnavailable();
        var application = await CreateApplicationAsync("sk-domisili", """{"keperluan":"Pendaftaran sekolah anak","alamat_domisili":"Dusun Krajan RT 002 RW 001","lama_tinggal_tahun":"12"}""");

        var document = await IssueAsync(application);

        Assert.Equal(document.Id, await app.WithScopeAsync(s => s.GetRequiredService<PublicServicesDb>().Applications.Where(a => a.Id == application.Id).Select(a => a.DocumentId).SingleAsync()));
        Assert.Equal("35.10.15.2004", document.IssuerUnitCode);
        Assert.Equal("SURAT KETERANGAN DOMISILI", document.Title);
        Assert.Matches(@"^470/\d{3}/35\.10\.15\.2004/2026$", document.Number);
        Assert.DoesNotContain(Nik, document.Title + document.Number, StringComparison.Ordinal);

        var raw = PdfInspection.Raw(document.Content);
        Assert.Contains("(" + Nik + ")", raw, StringComparison.Ordinal);
        Assert.Contains("Siti Wahyuni Uji", raw, StringComparison.Ordinal);
        Assert.Contains("Dusun Krajan RT 002 RW 001", raw, StringComparison.Ordinal);
        Assert.Contains("(KECAMATAN GLAGAH)", raw, StringComparison.Ordinal);
        Assert.Contains("Kemiren, 23 November 2026", raw, StringComparison.Ordinal);

        var root = X509CertificateLoader.LoadCertificate(await app.CreateClient().GetByteArrayAsync("/tanda-tangan/root-ca.crt"));
        var parsed = SignedPdf.Parse(document.Content);
        parsed.Cms.CheckSignature(verifySignatureOnly: true);
        SignedPdf.AssertChainsTo(parsed.Cms.SignerInfos[0].Certificate!, parsed.Cms.Certificates, root);

        var url = VerificationUrl().Match(raw).Groups[1].Value;
        Assert.Equal("/verifikasi/" + document.VerificationCode, url);
        var page = await app.CreateClient().GetStringAsync(url);
        Assert.Contains("DOKUMEN SAH", page, StringComparison.Ordinal);
        Assert.DoesNotContain(Nik, page, StringComparison.Ordinal);

        var again = await IssueAsync(application);
        Assert.Equal(document.Id, again.Id);
    }

    [SkippableFact]
    public async Task Kecamatan_approved_letter_is_issued_by_the_kecamatan_with_its_own_numbering()
    {
        app.SkipIfUnavailable();
        var first = await IssueAsync(await CreateApplicationAsync("sktm", """{"keperluan":"Berobat","penghasilan_bulanan":"900000","jumlah_tanggungan":"4"}"""));
        var second = await IssueAsync(await CreateApplicationAsync("sktm", """{"keperluan":"Sekolah/kuliah"}"""));
        Assert.Equal("35.10.15", first.IssuerUnitCode);
        Assert.Equal("Kecamatan Glagah", first.IssuerName);
        Assert.Matches(@"^401/\d{3}/35\.10\.15/2026$", first.Number);
        Assert.NotEqual(first.Number, second.Number);
        Assert.Contains("Rp 900000 per bulan", PdfInspection.Raw(first.Content), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Applicant_and_officers_of_the_area_download_the_document_and_others_cannot()
    {
        app.SkipIfUnavailable();
        var application = await CreateApplicationAsync("sk-usaha", """{"nama_usaha":"Kopi Osing","jenis_usaha":"Kuliner"}""");
        var document = await IssueAsync(application);

        var warga = app.Browser();
        await warga.SignInAsync("warga");
        var own = await warga.GetAsync($"/layanan/permohonan/{application.Number}/dokumen");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(document.Content, await own.Content.ReadAsByteArrayAsync());

        var desa = app.Browser();
        await desa.SignInAsync("desa");
        var api = await desa.GetAsync($"/api/v1/applications/{application.Number}/document");
        Assert.Equal("application/pdf", api.Content.Headers.ContentType?.MediaType);

        var elsewhere = await app.WithDb(db => db.OrganisationUnits.Where(u => u.Kind == Pamong.Platform.Organisations.UnitKind.Desa && !u.Code.StartsWith("35.10.15")).Select(u => u.Code).FirstAsync());
        var name = TestAccounts.UniqueName("desa");
        await app.CreateStaffAsync(name, Roles.DesaOperator, elsewhere);
        var stranger = app.Browser();
        await stranger.SignInAsync(name, TestAccounts.Password);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/applications/{application.Number}/document")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/layanan/permohonan/{application.Number}/dokumen")).StatusCode);

        var anonymous = await app.Browser().GetAsync($"/layanan/permohonan/{application.Number}/dokumen");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
    }

    [SkippableFact]
    public async Task Administrator_edits_a_services_template_and_the_next_document_follows_it()
    {
        app.SkipIfUnavailable();
        var admin = app.Browser();
        await admin.SignInAsync("admin");
        var invalid = await admin.PutJson("/api/v1/services/pengantar-ktp/result-template", new { title = "SURAT PENGANTAR", body = "Isi", numberPattern = "470/2026" });
        Assert.Equal("number_pattern_needs_seq", (await invalid.JsonAsync()).ProblemCode());

        var page = await admin.PostFormAsync("/layanan/admin/pengantar-ktp/dokumen", new()
        {
            ["Input.Title"] = "SURAT PENGANTAR KTP-EL",
            ["Input.Body"] = "Menerangkan bahwa {nama} memerlukan KTP-el karena {alasan}.",
            ["Input.Closing"] = "Demikian.",
            ["Input.NumberPattern"] = "474/{seq}/{bulan}/{year}",
        });
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        var view = await (await admin.GetAsync("/api/v1/services/pengantar-ktp/result-template")).JsonAsync();
        Assert.False(view.GetProperty("isDefault").GetBoolean());

        var document = await IssueAsync(await CreateApplicationAsync("pengantar-ktp", """{"alasan":"KTP-el rusak"}"""));
        Assert.Matches(@"^474/\d{3}/XI/2026$", document.Number);
        Assert.Contains("Menerangkan bahwa Siti Wahyuni Uji memerlukan KTP-el karena KTP-el rusak.", PdfInspection.Raw(document.Content), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Village_without_a_valid_certificate_refuses_the_result_document_and_uses_up_no_letter_number()
    {
        app.SkipIfUnavailable();
        var village = await app.WithDb(db => db.OrganisationUnits.Where(u => u.Kind == Pamong.Platform.Organisations.UnitKind.Desa && u.Code.StartsWith("35.10.15.") && u.Code != "35.10.15.2004")
            .OrderByDescending(u => u.Code).Select(u => u.Code).FirstAsync());
        var admin = app.Browser();
        await admin.SignInAsync("admin");
        var made = await (await admin.PostJson("/api/v1/signing/certificates", new { holder = "unit", unitCode = village, keyType = "ecdsa-p256" })).JsonAsync();
        await admin.PostJson($"/api/v1/signing/certificates/{made.GetProperty("id").GetString()}/revoke", new { reason = "Kepala desa berganti" });

        var application = await CreateApplicationAsync("sk-domisili", "{}", village);
        var numberBefore = await LastLetterNumberAsync("sk-domisili");
        var documentsBefore = await app.WithDb(db => db.IssuedDocuments.CountAsync());
        var refused = await Assert.ThrowsAsync<SigningRefusedException>(() => IssueAsync(application));
        Assert.Equal(SigningRefusedException.NoValidCertificate, refused.Refusal.Code);
        Assert.Null(await app.WithScopeAsync(s => s.GetRequiredService<PublicServicesDb>().Applications.Where(a => a.Id == application.Id).Select(a => a.DocumentId).SingleAsync()));
        Assert.Equal(numberBefore, await LastLetterNumberAsync("sk-domisili"));
        Assert.Equal(documentsBefore, await app.WithDb(db => db.IssuedDocuments.CountAsync()));
    }

    /// <summary>The last letter number a service's template gave out (null while it has no template of its own).</summary>
    private Task<int?> LastLetterNumberAsync(string serviceCode) =>
        app.WithScopeAsync(s =>
        {
            var db = s.GetRequiredService<PublicServicesDb>();
            return db.ResultTemplates.Where(t => db.Services.Any(x => x.Id == t.ServiceId && x.Code == serviceCode)).Select(t => (int?)t.LastSequence).SingleOrDefaultAsync();
        });

    private async Task<IssuedDocument> IssueAsync(Application application) =>
        await app.WithScopeAsync(s => s.GetRequiredService<ResultDocument>().IssueForAsync(application, CancellationToken.None));

    private async Task<Application> CreateApplicationAsync(string serviceCode, string answers, string villageCode = "35.10.15.2004")
    {
        return await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<PublicServicesDb>();
            var warga = await s.GetRequiredService<UserManager<Pamong.Platform.Accounts.PamongUser>>().FindByNameAsync("warga");
            var service = await db.Services.SingleAsync(x => x.Code == serviceCode);
            var version = await db.WorkflowVersions.SingleAsync(v => v.ServiceId == service.Id && v.IsCurrent);
            var application = new Application
            {
                Id = Guid.NewGuid(),
                Number = "UJI-" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant(),
                ServiceId = service.Id,
                WorkflowVersionId = version.Id,
                ApplicantNik = Nik,
                ApplicantName = "Siti Wahyuni Uji",
                ApplicantUserId = warga!.Id,
                Channel = ApplicationChannel.Online,
                VillageCode = villageCode,
                Status = ApplicationStatus.Completed,
                CurrentStep = 1,
                SubmittedAt = app.Clock.GetUtcNow().UtcDateTime,
                CompletedAt = app.Clock.GetUtcNow().UtcDateTime,
                AnswersJson = answers,
            };
            db.Applications.Add(application);
            await db.SaveChangesAsync();
            return application;
        });
    }

    [GeneratedRegex(@"\(https?://[^/]+(/verifikasi/[A-Z0-9]+)\)")]
    private static partial Regex VerificationUrl();
}

[Collection(SqliteCollection.Name)]
public sealed class ResultDocumentTestsOnSqlite(SqliteApp app) : ResultDocumentTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ResultDocumentTestsOnPostgres(PostgresApp app) : ResultDocumentTests(app);

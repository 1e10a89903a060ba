using System.Net;
using Microsoft.EntityFrameworkCore;
using Pamong.Platform.Accounts;
using Pamong.PublicServices.Applications;
using Pamong.Tests.Infrastructure;

namespace Pamong.Tests.PublicServices.Applications;

public abstract class ApplyingTests(PamongApp app)
{
    [SkippableFact]
    public async Task Citizen_applies_online_with_an_upload_and_gets_a_number_a_due_date_a_timeline_and_a_notice()
    {
        app.SkipIfUnavailable();
        var code = await app.CreateServiceAsync(desaSla: 2);
        var warga = app.Browser();
        await warga.SignInAsync("warga");

        var form = await warga.GetStringAsync($"/layanan/{code}/ajukan");
        Assert.Contains("enctype=\"multipart/form-data\"", form, StringComparison.Ordinal);
        Assert.Contains("for=\"f_lampiran\"", form, StringComparison.Ordinal);

        var number = await app.ApplyAsWargaAsync(warga, code);
        Assert.Matches(@"^LYN-2026-\d{6}$", number);

        var application = await app.ApplicationAsync(number);
        Assert.Equal(ApplicationStatus.Submitted, application.Status);
        Assert.Equal(ApplicationChannel.Online, application.Channel);
        Assert.Equal(ServiceFixtures.WargaNik, application.ApplicantNik);
        Assert.Equal("Siti Rahayu", application.ApplicantName);
        Assert.Equal(ServiceFixtures.Kemiren, application.VillageCode);
        Assert.Equal(1, application.CurrentStep);
        Assert.Equal(new DateOnly(2026, 11, 25), application.StepDueOn); // Monday 23 Nov + 2 working days
        var file = await app.WithModule(db => db.ApplicationFiles.AsNoTracking().SingleAsync(f => f.ApplicationId == application.Id));
        Assert.Equal("application/pdf", file.ContentType);
        Assert.Equal("kk.pdf", file.FileName);
        Assert.Equal(ServiceFixtures.Pdf, file.Content);

        var events = await app.EventsAsync(number);
        Assert.Equal(ApplicationActions.Submitted, Assert.Single(events).Action);
        var notice = Assert.Single(await app.NoticesAsync(number));
        Assert.Equal("warga@demo.pamong.local", notice.Recipient);

        var audited = await app.WithDb(db => db.AuditRecords.AnyAsync(r => r.Subject == nameof(Application) && r.SubjectId == application.Id.ToString()));
        Assert.True(audited);

        var detail = await warga.GetStringAsync("/layanan/permohonan-saya/" + number);
        Assert.Contains("Verifikasi desa", detail, StringComparison.Ordinal);
        Assert.Contains("Diajukan", detail, StringComparison.Ordinal);
        var list = await warga.GetStringAsync("/layanan/permohonan-saya");
        Assert.Contains(number, list, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Missing_answer_and_a_fake_pdf_are_shown_by_their_fields_and_what_was_typed_is_kept()
    {
        app.SkipIfUnavailable();
        var code = await app.CreateServiceAsync();
        var warga = app.Browser();
        await warga.SignInAsync("warga");

        var response = await warga.PostMultipartAsync($"/layanan/{code}/ajukan", new() { ["a_keperluan"] = "", ["a_jumlah"] = "tujuh puluh" },
            ("f_lampiran", "kk.pdf", ServiceFixtures.NotAPdf));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("role=\"alert\"", html, StringComparison.Ordinal);
        Assert.Matches("id=\"a_keperluan\"[^>]*aria-invalid=\"true\"", html);
        Assert.Contains("id=\"a_keperluan-error\">Keperluan wajib diisi.", html, StringComparison.Ordinal);
        Assert.Matches("id=\"a_jumlah\"[^>]*value=\"tujuh puluh\"", html);
        Assert.Matches("id=\"f_lampiran\"[^>]*aria-invalid=\"true\"", html);
        Assert.Contains("harus berupa PDF, JPEG atau PNG yang sebenarnya", html, StringComparison.Ordinal);
        Assert.Contains("pilih kembali berkasnya", html, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithModule(db => db.Applications.CountAsync(a => db.Services.Any(s => s.Id == a.ServiceId && s.Code == code))));
    }

    [SkippableFact]
    public async Task Desa_operator_applies_for_a_walk_in_citizen_at_the_counter()
    {
        app.SkipIfUnavailable();
        var code = await app.CreateServiceAsync();
        var desa = app.Browser();
        await desa.SignInAsync("desa");

        var lookup = await desa.PostMultipartAsync($"/layanan/loket/{code}?handler=Lookup", new() { ["ApplicantNik"] = "3510152501870298" });
        Assert.Contains("value=\"Ahmad Sanusi\"", await lookup.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var (phone, stored) = TestAccounts.NewPhone();
        var response = await desa.PostMultipartAsync($"/layanan/loket/{code}", new()
        {
            ["ApplicantNik"] = "3510152501870298",
            ["ApplicantName"] = "Ahmad Sanusi",
            ["VillageCode"] = ServiceFixtures.Kemiren,
            ["Phone"] = phone,
            ["a_keperluan"] = "Melamar kerja",
        }, ("f_lampiran", "kk.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3]));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var number = response.Headers.Location!.OriginalString.Split('/')[^1];
        var application = await app.ApplicationAsync(number);
        Assert.Equal(ApplicationChannel.Assisted, application.Channel);
        Assert.Equal(await app.UserIdAsync("desa"), application.AssistedByUserId);
        Assert.Null(application.ApplicantUserId);
        Assert.Equal(stored, application.ContactPhone);
        var sms = Assert.Single(await app.NoticesAsync(number));
        Assert.Equal(stored, sms.Recipient);
        Assert.Contains("Ahmad Sanusi", await desa.GetStringAsync("/layanan/antrian/" + number), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Counter_refuses_a_village_outside_the_operators_area_and_a_bad_nik()
    {
        app.SkipIfUnavailable();
        var code = await app.CreateServiceAsync();
        var desa = app.Browser();
        await desa.SignInAsync("desa");

        var outside = await desa.PostMultipartAsync($"/layanan/loket/{code}", new()
        {
            ["ApplicantNik"] = "3510152501870298",
            ["ApplicantName"] = "Ahmad",
            ["VillageCode"] = ServiceFixtures.Olehsari,
            ["a_keperluan"] = "x",
        }, ("f_lampiran", "kk.pdf", ServiceFixtures.Pdf));
        Assert.Equal(HttpStatusCode.Forbidden, outside.StatusCode);

        var badNik = await desa.PostMultipartAsync($"/layanan/loket/{code}", new()
        {
            ["ApplicantNik"] = "12345",
            ["ApplicantName"] = "Ahmad",
            ["VillageCode"] = ServiceFixtures.Kemiren,
            ["a_keperluan"] = "x",
        }, ("f_lampiran", "kk.pdf", ServiceFixtures.Pdf));
        Assert.Equal(HttpStatusCode.BadRequest, badNik.StatusCode);
        Assert.Matches("id=\"ApplicantNik\"[^>]*aria-invalid=\"true\"", await badNik.Content.ReadAsStringAsync());
    }

    [SkippableFact]
    public async Task Numbers_stay_unique_when_many_citizens_apply_at_once()
    {
        app.SkipIfUnavailable();
        var code = await app.CreateServiceAsync();
        var clients = new List<HttpClient>();
        for (var i = 0; i < 6; i++)
        {
            var client = app.Browser();
            await client.SignInAsync("warga");
            clients.Add(client);
        }

        var numbers = await Task.WhenAll(clients.Select(c => app.ApplyAsWargaAsync(c, code)));
        Assert.Equal(6, numbers.Distinct().Count());
    }

    [SkippableFact]
    public async Task Officers_cannot_use_the_citizen_apply_page()
    {
        app.SkipIfUnavailable();
        var code = await app.CreateServiceAsync();
        var desa = app.Browser();
        await desa.SignInAsync("desa");
        var response = await desa.GetAsync($"/layanan/{code}/ajukan");
        Assert.StartsWith("/akses-ditolak", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        Assert.False(Permissions.Grants(Roles.DesaOperator, Permissions.ApplyForServices));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ApplyingTestsOnSqlite(SqliteApp app) : ApplyingTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ApplyingTestsOnPostgres(PostgresApp app) : ApplyingTests(app);

using System.Net;
using System.Net.Http.Json;
using Pamong.Platform.Accounts;
using Pamong.PublicServices.Applications;
using Pamong.Tests.Infrastructure;

namespace Pamong.Tests.PublicServices.Applications;

public abstract class ProcessingTests(PamongApp app)
{
    [SkippableFact]
    public async Task Returned_application_is_fixed_by_the_citizen_then_approved_by_desa_and_kecamatan_to_completion()
    {
        app.SkipIfUnavailable();
        var code = await app.CreateServiceAsync();
        var warga = app.Browser();
        await warga.SignInAsync("warga");
        var number = await app.ApplyAsWargaAsync(warga, code);
        var desa = app.Browser();
        await desa.SignInAsync("desa");

        var page = await desa.GetStringAsync("/layanan/antrian/" + number);
        Assert.Contains("Kembalikan untuk perbaikan", page, StringComparison.Ordinal);
        var noReason = await desa.PostFormAsync($"/layanan/antrian/{number}?handler=Return", new() { ["Reason"] = " " }, $"/layanan/antrian/{number}");
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Matches("id=\"return-reason\"[^>]*aria-invalid=\"true\"", await noReason.Content.ReadAsStringAsync());

        var returned = await desa.PostFormAsync($"/layanan/antrian/{number}?handler=Return", new() { ["Reason"] = "Scan KK buram, unggah ulang." }, $"/layanan/antrian/{number}");
        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        Assert.Equal(ApplicationStatus.Returned, (await app.ApplicationAsync(number)).Status);
        var reasonAudited = await app.WithDb(db => Task.FromResult(db.AuditRecords.Any(r => r.Reason == "Scan KK buram, unggah ulang.")));
        Assert.True(reasonAudited);

        var mine = await warga.GetStringAsync("/layanan/permohonan-saya/" + number);
        Assert.Contains("Scan KK buram, unggah ulang.", mine, StringComparison.Ordinal);
        var fix = await warga.GetStringAsync($"/layanan/permohonan-saya/{number}/perbaiki");
        Assert.Contains("value=\"Pengurusan beasiswa\"", fix, StringComparison.Ordinal);
        Assert.Contains("Berkas saat ini: kk.pdf", fix, StringComparison.Ordinal);

        var newScan = ServiceFixtures.Pdf.Concat("% lebih jelas\n"u8.ToArray()).ToArray();
        var resubmitted = await warga.PostMultipartAsync($"/layanan/permohonan-saya/{number}/perbaiki",
            new() { ["a_keperluan"] = "Pengurusan beasiswa anak", ["a_jumlah"] = "4" }, ("f_lampiran", "kk-jelas.pdf", newScan));
        Assert.Equal(HttpStatusCode.Redirect, resubmitted.StatusCode);
        var afterFix = await app.ApplicationAsync(number);
        Assert.Equal(ApplicationStatus.Submitted, afterFix.Status);
        Assert.Equal(1, afterFix.CurrentStep);
        Assert.Contains("anak", afterFix.AnswersJson, StringComparison.Ordinal);

        var kecamatan = app.Browser();
        await kecamatan.SignInAsync("kecamatan");
        var early = await kecamatan.PostAsync($"/api/v1/applications/{number}/approve", null);
        Assert.Equal(HttpStatusCode.Forbidden, early.StatusCode);
        Assert.Equal("step_not_yours", (await early.JsonAsync()).ProblemCode());

        Assert.Equal(HttpStatusCode.Redirect, (await desa.PostFormAsync($"/layanan/antrian/{number}?handler=Approve", [], $"/layanan/antrian/{number}")).StatusCode);
        var atKecamatan = await app.ApplicationAsync(number);
        Assert.Equal(ApplicationStatus.InProgress, atKecamatan.Status);
        Assert.Equal(2, atKecamatan.CurrentStep);
        Assert.Equal(new DateOnly(2026, 11, 26), atKecamatan.StepDueOn);

        var queue = await (await kecamatan.GetAsync($"/api/v1/applications?service={code}")).JsonAsync();
        Assert.Contains(queue.GetProperty("items").EnumerateArray(), i => i.GetProperty("number").GetString() == number);

        var approved = await kecamatan.PostAsync($"/api/v1/applications/{number}/approve", null);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        var done = await app.ApplicationAsync(number);
        Assert.Equal(ApplicationStatus.Completed, done.Status);
        Assert.NotNull(done.CompletedAt);
        Assert.Null(done.StepDueOn);

        var actions = (await app.EventsAsync(number)).Select(e => e.Action).ToList();
        Assert.Equal([ApplicationActions.Submitted, ApplicationActions.Returned, ApplicationActions.Resubmitted, ApplicationActions.Approved, ApplicationActions.Approved, ApplicationActions.Completed, ApplicationActions.DocumentIssued], actions);
        var notices = await app.NoticesAsync(number);
        Assert.Equal(5, notices.Count); // submitted, returned, resubmitted, approved, completed
        Assert.All(notices, n => Assert.Equal("warga@demo.pamong.local", n.Recipient));

        var detail = await (await warga.GetAsync($"/api/v1/applications/{number}")).JsonAsync();
        Assert.Equal("Completed", detail.GetProperty("status").GetString());
        Assert.Equal(7, detail.GetProperty("timeline").GetArrayLength());
        var file = detail.GetProperty("files")[0];
        Assert.Equal("kk-jelas.pdf", file.GetProperty("fileName").GetString());
        var download = await warga.GetAsync($"/layanan/permohonan/{number}/berkas/{file.GetProperty("id").GetString()}");
        Assert.Equal(newScan, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());

        var again = await kecamatan.PostAsync($"/api/v1/applications/{number}/approve", null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("application_not_open", (await again.JsonAsync()).ProblemCode());
    }

    [SkippableFact]
    public async Task Reject_needs_a_reason_and_a_confirmation_and_tells_the_citizen()
    {
        app.SkipIfUnavailable();
        var code = await app.CreateServiceAsync();
        var warga = app.Browser();
        await warga.SignInAsync("warga");
        var number = await app.ApplyAsWargaAsync(warga, code);
        var desa = app.Browser();
        await desa.SignInAsync("desa");

        var unconfirmed = await desa.PostFormAsync($"/layanan/antrian/{number}?handler=Reject", new() { ["Reason"] = "Bukan warga desa ini." }, $"/layanan/antrian/{number}");
        Assert.Equal(HttpStatusCode.OK, unconfirmed.StatusCode);
        Assert.Contains("Centang konfirmasi", await unconfirmed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(ApplicationStatus.Submitted, (await app.ApplicationAsync(number)).Status);

        var noReason = await desa.PostAsJsonAsync($"/api/v1/applications/{number}/reject", new { reason = "" });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal("reason_required", (await noReason.JsonAsync()).ProblemCode());

        var rejected = await desa.PostFormAsync($"/layanan/antrian/{number}?handler=Reject", new() { ["Reason"] = "Bukan warga desa ini.", ["Confirm"] = "true" }, $"/layanan/antrian/{number}");
        Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);
        var application = await app.ApplicationAsync(number);
        Assert.Equal(ApplicationStatus.Rejected, application.Status);
        var last = (await app.EventsAsync(number))[^1];
        Assert.Equal((ApplicationActions.Rejected, "Bukan warga desa ini."), (last.Action, last.Reason));
        Assert.Contains(await app.NoticesAsync(number), n => n.Body.Contains("ditolak", StringComparison.Ordinal) && n.Body.Contains("Bukan warga desa ini.", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task Desa_operator_of_another_village_neither_sees_nor_acts_on_the_application()
    {
        app.SkipIfUnavailable();
        var code = await app.CreateServiceAsync();
        var warga = app.Browser();
        await warga.SignInAsync("warga");
        var number = await app.ApplyAsWargaAsync(warga, code);
        var userName = TestAccounts.UniqueName("olehsari");
        await app.CreateStaffAsync(userName, Roles.DesaOperator, ServiceFixtures.Olehsari);
        var other = app.Browser();
        await other.SignInAsync(userName, TestAccounts.Password);

        var queue = await (await other.GetAsync($"/api/v1/applications?service={code}&status=semua")).JsonAsync();
        Assert.Equal(0, queue.GetProperty("total").GetInt32());
        Assert.DoesNotContain(number, await other.GetStringAsync($"/layanan/antrian?layanan={code}"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/applications/{number}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync($"/api/v1/applications/{number}/approve", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/layanan/antrian/{number}")).StatusCode);

        var desa = app.Browser();
        await desa.SignInAsync("desa");
        var own = await (await desa.GetAsync($"/api/v1/applications?service={code}")).JsonAsync();
        var row = Assert.Single(own.GetProperty("items").EnumerateArray());
        Assert.True(row.GetProperty("canAct").GetBoolean());
        Assert.Equal(2, row.GetProperty("workingDaysLeft").GetInt32());

        var pimpinan = app.Browser();
        await pimpinan.SignInAsync("pimpinan");
        var all = await (await pimpinan.GetAsync($"/api/v1/applications?service={code}")).JsonAsync();
        Assert.False(Assert.Single(all.GetProperty("items").EnumerateArray()).GetProperty("canAct").GetBoolean());
        Assert.Equal(HttpStatusCode.Forbidden, (await pimpinan.PostAsync($"/api/v1/applications/{number}/approve", null)).StatusCode);
    }

    [SkippableFact]
    public async Task Bulk_approve_does_the_allowed_ones_and_reports_each_refusal()
    {
        app.SkipIfUnavailable();
        var bulkCode = await app.CreateServiceAsync(bulkAtDesa: true);
        var singleCode = await app.CreateServiceAsync(bulkAtDesa: false);
        var warga = app.Browser();
        await warga.SignInAsync("warga");
        var first = await app.ApplyAsWargaAsync(warga, bulkCode);
        var second = await app.ApplyAsWargaAsync(warga, bulkCode);
        var notAllowed = await app.ApplyAsWargaAsync(warga, singleCode);
        var desa = app.Browser();
        await desa.SignInAsync("desa");

        var page = await desa.GetStringAsync($"/layanan/antrian?layanan={bulkCode}");
        Assert.Contains($"value=\"{first}\"", page, StringComparison.Ordinal);
        var response = await desa.PostFormAsync("/layanan/antrian?handler=Bulk", new() { ["Selected"] = first }, $"/layanan/antrian?layanan={bulkCode}");
        Assert.Contains("1 dari 1 permohonan disetujui", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var api = await desa.PostAsJsonAsync("/api/v1/applications/bulk-approve", new { numbers = new[] { second, notAllowed, "LYN-2026-999999" } });
        var items = (await api.JsonAsync()).EnumerateArray().ToList();
        Assert.True(items[0].GetProperty("done").GetBoolean());
        Assert.Equal("bulk_not_allowed", items[1].GetProperty("code").GetString());
        Assert.Equal("application_not_found", items[2].GetProperty("code").GetString());
        Assert.Equal(2, (await app.ApplicationAsync(first)).CurrentStep);
        Assert.Equal(2, (await app.ApplicationAsync(second)).CurrentStep);
        Assert.Equal(1, (await app.ApplicationAsync(notAllowed)).CurrentStep);
        var audits = await app.WithDb(db => Task.FromResult(db.AuditRecords.Count(r => r.Subject == nameof(Application) && r.Action == "updated" && r.ActorName == "desa")));
        Assert.True(audits >= 2);
    }

    [SkippableFact]
    public async Task Due_dates_skip_the_weekend_and_holidays_and_the_queue_counts_working_days()
    {
        app.SkipIfUnavailable();
        var original = app.Clock.GetUtcNow();
        try
        {
            app.Clock.Set(new DateTimeOffset(2027, 2, 5, 3, 0, 0, TimeSpan.Zero)); // Friday 10:00 WIB
            await app.WithModule(async db =>
            {
                db.Holidays.Add(new Pamong.PublicServices.Calendar.Holiday { Date = new DateOnly(2027, 2, 8), Name = "Libur uji" });
                return await db.SaveChangesAsync();
            });
            var code = await app.CreateServiceAsync(desaSla: 2);
            var warga = app.Browser();
            await warga.SignInAsync("warga");
            var number = await app.ApplyAsWargaAsync(warga, code);
            Assert.StartsWith("LYN-2027-", number, StringComparison.Ordinal);
            Assert.Equal(new DateOnly(2027, 2, 10), (await app.ApplicationAsync(number)).StepDueOn); // Sat, Sun, holiday Mon skipped

            app.Clock.Set(new DateTimeOffset(2027, 2, 11, 3, 0, 0, TimeSpan.Zero)); // Thursday: one working day late
            var desa = app.Browser();
            await desa.SignInAsync("desa");
            var row = (await (await desa.GetAsync($"/api/v1/applications?service={code}&overdue=true")).JsonAsync()).GetProperty("items")[0];
            Assert.Equal(-1, row.GetProperty("workingDaysLeft").GetInt32());
            Assert.True(row.GetProperty("overdue").GetBoolean());
            Assert.Contains("badge--error", await desa.GetStringAsync($"/layanan/antrian?layanan={code}"), StringComparison.Ordinal);
            var csv = await desa.GetStringAsync($"/layanan/antrian?handler=csv&layanan={code}");
            Assert.Contains(number, csv, StringComparison.Ordinal);
            Assert.Contains("2027-02-10", csv, StringComparison.Ordinal);
        }
        finally
        {
            app.Clock.Set(original);
        }
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ProcessingTestsOnSqlite(SqliteApp app) : ProcessingTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ProcessingTestsOnPostgres(PostgresApp app) : ProcessingTests(app);

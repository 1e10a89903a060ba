using System.Net;
using Microsoft.EntityFrameworkCore;
using Pamong.Platform.People;
using Pamong.Tests.Infrastructure;

namespace Pamong.Tests.People;

public abstract class CitizenApiTests(PamongApp app)
{
    private const string SitiNik = "3510155705900001";
    private const string Reason = "X-Access-Reason";

    private static object Body(string nik, string kk, string name, DateOnly born, string sex, string village, string rt = "3") => new
    {
        nik,
        kkNumber = kk,
        fullName = name,
        birthPlace = "Banyuwangi",
        birthDate = TestIdentities.BirthDate(born),
        sex,
        familyRelationship = "anak",
        address = "Dusun Krajan",
        rt,
        rw = "1",
        villageCode = village,
    };

    [SkippableFact]
    public async Task List_is_masked_and_limited_to_the_area()
    {
        app.SkipIfUnavailable();
        var client = app.Browser();
        await client.SignInAsync("kecamatan");
        var page = await (await client.GetAsync("/api/v1/citizens?pageSize=200")).JsonAsync();
        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.Contains(items, c => c.GetProperty("fullName").GetString() == "Mistari");
        Assert.DoesNotContain(items, c => c.GetProperty("villageCode").GetString() == "35.10.16.1001");
        var siti = Assert.Single(items, c => c.GetProperty("fullName").GetString() == "Siti Rahayu");
        Assert.Equal("3510********0001", siti.GetProperty("nik").GetString());
        Assert.False(siti.TryGetProperty("birthDate", out _));

        var pakis = await (await client.GetAsync("/api/v1/citizens?village=35.10.16.1001")).JsonAsync();
        Assert.Equal(0, pakis.GetProperty("total").GetInt32());
    }

    [SkippableFact]
    public async Task Full_record_needs_the_access_reason_header_and_the_read_is_logged()
    {
        app.SkipIfUnavailable();
        var siti = await app.WithDb(db => db.Citizens.SingleAsync(c => c.Nik == SitiNik));
        var client = app.Browser();
        await client.SignInAsync("desa");
        var missing = await client.GetAsync($"/api/v1/citizens/{siti.Id}");
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        var problem = await missing.JsonAsync();
        Assert.Equal("access_reason_required", problem.ProblemCode());
        Assert.DoesNotContain(SitiNik, problem.ToString(), StringComparison.Ordinal);

        var reason = "Verifikasi permohonan layanan " + Guid.NewGuid().ToString("N")[..6];
        var found = await client.GetWith($"/api/v1/citizens/{siti.Id}", (Reason, reason));
        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        var record = await found.JsonAsync();
        Assert.Equal(SitiNik, record.GetProperty("nik").GetString());
        Assert.Equal("1990-05-17", record.GetProperty("birthDate").GetString());
        Assert.Equal("Female", record.GetProperty("sex").GetString());
        Assert.Equal("Desa Kemiren", record.GetProperty("villageName").GetString());
        Assert.Contains(record.GetProperty("family").EnumerateArray(), m => m.GetProperty("fullName").GetString() == "Ahmad Sanusi");

        var audit = await app.WithDb(db => db.AuditRecords.SingleAsync(a => a.Reason == reason));
        Assert.Equal(("read-sensitive", "Citizen", siti.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), "desa"),
            (audit.Action, audit.Subject, audit.SubjectId, audit.ActorName));
    }

    [SkippableFact]
    public async Task Resident_outside_the_area_answers_404_like_one_that_does_not_exist()
    {
        app.SkipIfUnavailable();
        var hendra = await app.WithDb(db => db.Citizens.SingleAsync(c => c.FullName == "Hendra Gunawan"));
        var client = app.Browser();
        await client.SignInAsync("desa");
        var outside = await client.GetWith($"/api/v1/citizens/{hendra.Id}", (Reason, "Verifikasi permohonan layanan"));
        var absent = await client.GetWith("/api/v1/citizens/987654", (Reason, "Verifikasi permohonan layanan"));
        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
        var (outsideProblem, absentProblem) = (await outside.JsonAsync(), await absent.JsonAsync());
        Assert.Equal("citizen_not_found", outsideProblem.ProblemCode());
        Assert.Equal(absentProblem.GetProperty("detail").GetString(), outsideProblem.GetProperty("detail").GetString());

        var put = await client.PutJson($"/api/v1/citizens/{hendra.Id}", Body(hendra.Nik, hendra.KkNumber, "Hendra Diubah", hendra.BirthDate, "Male", "35.10.15.2004"));
        Assert.Equal(HttpStatusCode.NotFound, put.StatusCode);
        Assert.Equal("Hendra Gunawan", (await app.WithDb(db => db.Citizens.AsNoTracking().SingleAsync(c => c.Id == hendra.Id))).FullName);

        var family = await client.GetWith($"/api/v1/families/{hendra.KkNumber}", (Reason, "Verifikasi permohonan layanan"));
        Assert.Equal(HttpStatusCode.NotFound, family.StatusCode);
    }

    [SkippableFact]
    public async Task Registering_in_a_village_outside_the_area_answers_403_outside_your_area()
    {
        app.SkipIfUnavailable();
        var client = app.Browser();
        await client.SignInAsync("desa");
        var born = new DateOnly(1994, 1, 2);
        var response = await client.PostJson("/api/v1/citizens", Body(TestIdentities.Nik(born, Sex.Male), TestIdentities.Kk(), "Di Olehsari", born, "Male", "35.10.15.2005"));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("outside_your_area", (await response.JsonAsync()).ProblemCode());
    }

    [SkippableFact]
    public async Task Registering_checks_the_NIK_the_KK_the_village_and_uniqueness()
    {
        app.SkipIfUnavailable();
        var client = app.Browser();
        await client.SignInAsync("kecamatan");
        var born = new DateOnly(1996, 10, 30);

        var invalid = await (await client.PostJson("/api/v1/citizens", Body("3510159905900000", TestIdentities.Kk(), "A", born, "Male", "35.10.15.2004"))).JsonAsync();
        Assert.Equal("nik_invalid", invalid.ProblemCode());
        Assert.Equal(["Tanggal lahir pada NIK tidak valid.", "Nomor urut pada NIK tidak boleh 0000."], invalid.ErrorsOf("nik"));

        var nik = TestIdentities.Nik(born, Sex.Female);
        var mismatch = await (await client.PostJson("/api/v1/citizens", Body(nik, TestIdentities.Kk(), "B", born, "Male", "35.10.15.2004"))).JsonAsync();
        Assert.Equal("nik_mismatch", mismatch.ProblemCode());
        Assert.NotEmpty(mismatch.ErrorsOf("sex"));

        var kk = await (await client.PostJson("/api/v1/citizens", Body(nik, "3510151399230001", "C", born, "Female", "35.10.15.2004"))).JsonAsync();
        Assert.Equal("kk_invalid", kk.ProblemCode());
        Assert.NotEmpty(kk.ErrorsOf("kkNumber"));

        var jember = await (await client.PostJson("/api/v1/citizens", Body(nik, TestIdentities.Kk(), "D", born, "Female", "35.09.01.2001"))).JsonAsync();
        Assert.Equal("village_outside_tenant", jember.ProblemCode());

        var created = await client.PostJson("/api/v1/citizens", Body(nik, TestIdentities.Kk(), "Dewi Uji", born, "Female", "35.10.15.2004"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var saved = await created.JsonAsync();
        Assert.Equal(nik[..4] + "********" + nik[12..], saved.GetProperty("nik").GetString());
        Assert.Equal(("003", "001", "Anak"), await app.WithDb(async db =>
        {
            var c = await db.Citizens.SingleAsync(x => x.Nik == nik);
            return (c.Rt, c.Rw, c.FamilyRelationship);
        }));

        var duplicate = await client.PostJson("/api/v1/citizens", Body(nik, TestIdentities.Kk(), "Dewi Lagi", born, "Female", "35.10.15.2005"));
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.Equal("nik_already_registered", (await duplicate.JsonAsync()).ProblemCode());
    }

    [SkippableFact]
    public async Task Unknown_issuing_district_is_a_warning_that_does_not_block()
    {
        app.SkipIfUnavailable();
        var client = app.Browser();
        await client.SignInAsync("desa");
        var born = new DateOnly(1979, 6, 15);
        var created = await client.PostJson("/api/v1/citizens", Body(TestIdentities.Nik(born, Sex.Male, "351099"), TestIdentities.Kk(), "Warga Pendatang", born, "Male", "35.10.15.2004"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var warning = Assert.Single((await created.JsonAsync()).GetProperty("warnings").EnumerateArray());
        Assert.Contains("35.10.99", warning.GetString(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Update_moves_a_resident_to_another_KK_and_keeps_the_reason()
    {
        app.SkipIfUnavailable();
        var client = app.Browser();
        await client.SignInAsync("desa");
        var born = new DateOnly(2005, 2, 11);
        var nik = TestIdentities.Nik(born, Sex.Male);
        var id = (await (await client.PostJson("/api/v1/citizens", Body(nik, TestIdentities.Kk(), "Bayu Uji", born, "Male", "35.10.15.2004"))).JsonAsync()).GetProperty("id").GetInt32();
        var newKk = TestIdentities.Kk();
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/citizens/{id}")
        {
            Content = System.Net.Http.Json.JsonContent.Create(Body(nik, newKk, "Bayu Uji", born, "Male", "35.10.15.2004")),
        };
        request.Headers.Add(Reason, "Pindah KK setelah menikah");
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(request)).StatusCode);
        Assert.Equal(newKk, (await app.WithDb(db => db.Citizens.SingleAsync(c => c.Id == id))).KkNumber);
        var change = await app.WithDb(db => db.AuditRecords.SingleAsync(a => a.Action == "updated" && a.Subject == "Citizen" && a.SubjectId == id.ToString()));
        Assert.Equal("Pindah KK setelah menikah", change.Reason);

        var family = await client.GetWith($"/api/v1/families/{newKk}", (Reason, "Verifikasi data keluarga"));
        Assert.Equal("Bayu Uji", Assert.Single((await family.JsonAsync()).GetProperty("members").EnumerateArray()).GetProperty("fullName").GetString());
        Assert.Equal("access_reason_required", (await (await client.GetAsync($"/api/v1/families/{newKk}")).JsonAsync()).ProblemCode());
    }

    [SkippableFact]
    public async Task Citizen_account_and_anonymous_callers_are_refused()
    {
        app.SkipIfUnavailable();
        var warga = app.Browser();
        await warga.SignInAsync("warga");
        Assert.Equal(HttpStatusCode.Forbidden, (await warga.GetAsync("/api/v1/citizens")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Browser().GetAsync("/api/v1/citizens")).StatusCode);

        var opd = app.Browser();
        await opd.SignInAsync("opd"); // reads, may not change
        Assert.Equal(HttpStatusCode.OK, (await opd.GetAsync("/api/v1/citizens")).StatusCode);
        var born = new DateOnly(1990, 1, 1);
        Assert.Equal(HttpStatusCode.Forbidden, (await opd.PostJson("/api/v1/citizens", Body(TestIdentities.Nik(born, Sex.Male), TestIdentities.Kk(), "X", born, "Male", "35.10.15.2004"))).StatusCode);
    }

    [SkippableFact]
    public async Task Csv_export_through_the_api_is_masked()
    {
        app.SkipIfUnavailable();
        var client = app.Browser();
        await client.SignInAsync("desa");
        var csv = await client.GetStringAsync("/api/v1/citizens/export");
        Assert.Contains("3510********0001,Siti Rahayu", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(SitiNik, csv, StringComparison.Ordinal);
        Assert.DoesNotContain("Mistari", csv, StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CitizenApiTestsOnSqlite(SqliteApp app) : CitizenApiTests(app);

[Collection(PostgresCollection.Name)]
public sealed class CitizenApiTestsOnPostgres(PostgresApp app) : CitizenApiTests(app);

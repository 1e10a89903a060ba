using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Pamong.Platform.People;
using Pamong.Tests.Infrastructure;

namespace Pamong.Tests.People;

public abstract class CitizenPageTests(PamongApp app)
{
    private const string SitiNik = "3510155705900001";

    private Task<Citizen> CitizenAsync(string nik) => app.WithDb(db => db.Citizens.AsNoTracking().SingleAsync(c => c.Nik == nik));

    private Task<Citizen> ByNameAsync(string name) => app.WithDb(db => db.Citizens.AsNoTracking().SingleAsync(c => c.FullName == name));

    [SkippableFact]
    public async Task Desa_operator_lists_only_Kemiren_with_masked_NIKs_and_no_birth_dates()
    {
        app.SkipIfUnavailable();
        var client = app.Browser();
        await client.SignInAsync("desa");
        var html = await client.GetStringAsync("/penduduk");
        Assert.Contains("Siti Rahayu", html, StringComparison.Ordinal);
        Assert.Contains("3510********0001", html, StringComparison.Ordinal);
        Assert.DoesNotContain(SitiNik, html, StringComparison.Ordinal);
        Assert.DoesNotContain("1990", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Mistari", html, StringComparison.Ordinal); // Olehsari
        Assert.DoesNotContain("Hendra Gunawan", html, StringComparison.Ordinal); // Pakis
        Assert.Contains("href=\"/penduduk\"", html, StringComparison.Ordinal); // menu entry
    }

    [SkippableFact]
    public async Task Kecamatan_operator_of_Glagah_sees_Kemiren_and_Olehsari_but_not_Pakis()
    {
        app.SkipIfUnavailable();
        var client = app.Browser();
        await client.SignInAsync("kecamatan");
        var html = await client.GetStringAsync("/penduduk?page=1");
        Assert.Contains("Siti Rahayu", html, StringComparison.Ordinal);
        Assert.Contains("Mistari", await client.GetStringAsync("/penduduk?q=mistari"), StringComparison.Ordinal);
        Assert.DoesNotContain("Hendra Gunawan", await client.GetStringAsync("/penduduk?q=hendra"), StringComparison.Ordinal);
        Assert.Contains("Desa Olehsari", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Kelurahan Pakis", html, StringComparison.Ordinal); // not even in the village filter

        var olehsari = await client.GetStringAsync("/penduduk?village=35.10.15.2005");
        Assert.Contains("Mistari", olehsari, StringComparison.Ordinal);
        Assert.DoesNotContain("Siti Rahayu", olehsari, StringComparison.Ordinal);

        var pakis = await client.GetStringAsync("/penduduk?village=35.10.16.1001");
        Assert.DoesNotContain("Hendra Gunawan", pakis, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Search_finds_by_name_or_by_the_whole_NIK_only()
    {
        app.SkipIfUnavailable();
        var client = app.Browser();
        await client.SignInAsync("pimpinan");
        Assert.Contains("Hendra Gunawan", await client.GetStringAsync("/penduduk?q=hendra"), StringComparison.Ordinal);
        var byNik = await client.GetStringAsync("/penduduk?q=" + SitiNik);
        Assert.Contains("Siti Rahayu", byNik, StringComparison.Ordinal);
        Assert.DoesNotContain("Ahmad Sanusi", byNik, StringComparison.Ordinal);
        Assert.DoesNotContain("Siti Rahayu", await client.GetStringAsync("/penduduk?q=35101557"), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Csv_export_is_masked_limited_to_the_area_and_logged()
    {
        app.SkipIfUnavailable();
        var client = app.Browser();
        await client.SignInAsync("kecamatan");
        var response = await client.GetAsync("/penduduk?handler=Export");
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var csv = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
        Assert.StartsWith("\uFEFFNIK (disamarkan),Nama,Desa/Kelurahan", csv, StringComparison.Ordinal);
        Assert.Contains("3510********0001,Siti Rahayu,Desa Kemiren,35.10.15.2004,002,001", csv, StringComparison.Ordinal);
        Assert.Contains("Mistari", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(SitiNik, csv, StringComparison.Ordinal);
        Assert.DoesNotContain("Hendra Gunawan", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("1990", csv, StringComparison.Ordinal);
        Assert.True(await app.WithDb(db => db.AuditRecords.AnyAsync(a => a.Action == "exported" && a.Subject == "Citizen" && a.ActorName == "kecamatan")));
    }

    [SkippableFact]
    public async Task A_citizen_account_is_refused_the_resident_list()
    {
        app.SkipIfUnavailable();
        var client = app.Browser();
        await client.SignInAsync("warga");
        var response = await client.GetAsync("/penduduk");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/akses-ditolak", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/akses-ditolak")).StatusCode);
        Assert.DoesNotContain("href=\"/penduduk\"", await client.GetStringAsync("/"), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Full_record_is_not_shown_without_a_reason()
    {
        app.SkipIfUnavailable();
        var siti = await CitizenAsync(SitiNik);
        var client = app.Browser();
        await client.SignInAsync("desa");
        var form = await client.GetStringAsync($"/penduduk/{siti.Id}");
        Assert.Contains("name=\"Reason\"", form, StringComparison.Ordinal);
        Assert.DoesNotContain(SitiNik, form, StringComparison.Ordinal);

        var before = await app.WithDb(db => db.AuditRecords.CountAsync(a => a.Action == "read-sensitive"));
        var refused = await client.PostFormAsync($"/penduduk/{siti.Id}", new() { ["Reason"] = "  " });
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Tuliskan alasan membuka data", html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain(SitiNik, html, StringComparison.Ordinal);
        Assert.Equal(before, await app.WithDb(db => db.AuditRecords.CountAsync(a => a.Action == "read-sensitive")));
    }

    [SkippableFact]
    public async Task Full_record_opened_with_a_reason_is_logged_with_the_reason_the_officer_and_the_record()
    {
        app.SkipIfUnavailable();
        var siti = await CitizenAsync(SitiNik);
        var client = app.Browser();
        await client.SignInAsync("desa");
        var reason = "Verifikasi permohonan layanan " + Guid.NewGuid().ToString("N")[..6];
        var response = await client.PostFormAsync($"/penduduk/{siti.Id}", new() { ["Reason"] = reason });
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(SitiNik, html, StringComparison.Ordinal);
        Assert.Contains("3510151006190002", html, StringComparison.Ordinal); // KK
        Assert.Contains("Banyuwangi, 17 Mei 1990", html, StringComparison.Ordinal);
        Assert.Contains("Perempuan", html, StringComparison.Ordinal);
        Assert.Contains("Desa Kemiren", html, StringComparison.Ordinal);
        Assert.Contains("Ahmad Sanusi", html, StringComparison.Ordinal); // family on the same KK
        Assert.Contains("Kepala Keluarga", html, StringComparison.Ordinal);

        var record = await app.WithDb(db => db.AuditRecords.SingleAsync(a => a.Reason == reason));
        Assert.Equal("read-sensitive", record.Action);
        Assert.Equal("Citizen", record.Subject);
        Assert.Equal(siti.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), record.SubjectId);
        Assert.Equal("desa", record.ActorName);
        var desa = await app.WithDb(db => db.Users.SingleAsync(u => u.UserName == "desa"));
        Assert.Equal(desa.Id, record.ActorId);
    }

    [SkippableFact]
    public async Task Desa_operator_cannot_open_or_edit_a_resident_of_another_village_and_learns_nothing()
    {
        app.SkipIfUnavailable();
        var hendra = await ByNameAsync("Hendra Gunawan");
        var client = app.Browser();
        await client.SignInAsync("desa");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/penduduk/{hendra.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/penduduk/999999")).StatusCode);
        var read = await client.PostFormAsync($"/penduduk/{hendra.Id}", new() { ["Reason"] = "Verifikasi permohonan layanan" }, pageUrl: "/penduduk");
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.DoesNotContain(hendra.Nik, await read.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/penduduk/{hendra.Id}/ubah")).StatusCode);
        var edit = await client.PostFormAsync($"/penduduk/{hendra.Id}/ubah?handler=Open", new() { ["Reason"] = "Pemutakhiran data kependudukan" }, pageUrl: "/penduduk");
        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/penduduk/kk/{hendra.KkNumber}")).StatusCode);
        Assert.False(await app.WithDb(db => db.AuditRecords.AnyAsync(a => a.Action == "read-sensitive" && a.SubjectId == hendra.Id.ToString())));
    }

    [SkippableFact]
    public async Task Desa_operator_cannot_register_a_resident_in_another_village()
    {
        app.SkipIfUnavailable();
        var client = app.Browser();
        await client.SignInAsync("desa");
        var born = new DateOnly(1993, 3, 9);
        var nik = TestIdentities.Nik(born, Sex.Male, "351016");
        var response = await client.PostFormAsync("/penduduk/baru", Fields(nik, TestIdentities.Kk("351016"), "Luar Wilayah", born, "Male", "35.10.16.1001"));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Kelurahan Pakis berada di luar wilayah kerja Anda.", html, StringComparison.Ordinal);
        Assert.False(await app.WithDb(db => db.Citizens.AnyAsync(c => c.Nik == nik)));
    }

    [SkippableFact]
    public async Task Desa_operator_registers_a_resident_and_RT_RW_are_padded()
    {
        app.SkipIfUnavailable();
        var client = app.Browser();
        await client.SignInAsync("desa");
        var born = new DateOnly(1999, 12, 3);
        var nik = TestIdentities.Nik(born, Sex.Female);
        var fields = Fields(nik, TestIdentities.Kk(), "Ratna Uji", born, "Female", "35.10.15.2004");
        fields["Input.Rt"] = "1";
        fields["Input.Rw"] = "12";
        var response = await client.PostFormAsync("/penduduk/baru", fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await CitizenAsync(nik);
        Assert.Equal(("001", "012"), (saved.Rt, saved.Rw));
        Assert.Equal(Sex.Female, saved.Sex);
        Assert.Contains("Data Ratna Uji tersimpan.", await client.GetStringAsync("/penduduk"), StringComparison.Ordinal);

        var again = await client.PostFormAsync("/penduduk/baru", Fields(nik, TestIdentities.Kk(), "Ratna Lagi", born, "Female", "35.10.15.2004"));
        Assert.Contains("NIK ini sudah terdaftar sebagai penduduk di Pemda ini.", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Sex_or_birth_date_that_disagree_with_the_NIK_are_refused_with_a_clear_message()
    {
        app.SkipIfUnavailable();
        var client = app.Browser();
        await client.SignInAsync("desa");
        var born = new DateOnly(1988, 4, 21);
        var nik = TestIdentities.Nik(born, Sex.Female);
        var wrongSex = await client.PostFormAsync("/penduduk/baru", Fields(nik, TestIdentities.Kk(), "Salah Kelamin", born, "Male", "35.10.15.2004"));
        var html = await wrongSex.Content.ReadAsStringAsync();
        Assert.Contains("Jenis kelamin tidak sesuai dengan NIK", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{nik}\"", html, StringComparison.Ordinal);

        var wrongDate = await client.PostFormAsync("/penduduk/baru", Fields(nik, TestIdentities.Kk(), "Salah Tanggal", born.AddDays(1), "Female", "35.10.15.2004"));
        Assert.Contains("Tanggal lahir tidak sesuai dengan NIK: NIK memuat tanggal lahir 21-04-88 (hari-bulan-tahun).", await wrongDate.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await app.WithDb(db => db.Citizens.AnyAsync(c => c.Nik == nik)));
    }

    [SkippableFact]
    public async Task Invalid_NIK_and_KK_show_every_problem_and_keep_what_was_typed()
    {
        app.SkipIfUnavailable();
        var client = app.Browser();
        await client.SignInAsync("desa");
        var response = await client.PostFormAsync("/penduduk/baru", Fields("3510159905900000", "0010150101200000", "Data Salah", new DateOnly(1990, 5, 17), "Female", "35.10.15.2004"));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Tanggal lahir pada NIK tidak valid.", html, StringComparison.Ordinal);
        Assert.Contains("Nomor urut pada NIK tidak boleh 0000.", html, StringComparison.Ordinal);
        Assert.Contains("Kode provinsi pada Nomor KK tidak boleh 00.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Data Salah\"", html, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Moving_a_resident_to_another_KK_is_an_edit_opened_and_saved_with_a_reason()
    {
        app.SkipIfUnavailable();
        var client = app.Browser();
        await client.SignInAsync("kecamatan");
        var born = new DateOnly(2001, 7, 7);
        var nik = TestIdentities.Nik(born, Sex.Male);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync("/penduduk/baru", Fields(nik, TestIdentities.Kk(), "Pindah Uji", born, "Male", "35.10.15.2005"))).StatusCode);
        var person = await CitizenAsync(nik);

        var gate = await client.GetStringAsync($"/penduduk/{person.Id}/ubah");
        Assert.Contains("name=\"Reason\"", gate, StringComparison.Ordinal);
        Assert.DoesNotContain(nik, gate, StringComparison.Ordinal);

        var reason = "Pindah KK karena menikah " + Guid.NewGuid().ToString("N")[..6];
        var form = await client.PostFormAsync($"/penduduk/{person.Id}/ubah?handler=Open", new() { ["Reason"] = reason }, pageUrl: $"/penduduk/{person.Id}/ubah");
        var formHtml = await form.Content.ReadAsStringAsync();
        Assert.Contains($"value=\"{nik}\"", formHtml, StringComparison.Ordinal);

        var newKk = TestIdentities.Kk();
        var fields = Fields(nik, newKk, "Pindah Uji", born, "Male", "35.10.15.2005");
        fields["Reason"] = reason;
        var saved = await client.PostFormAsync($"/penduduk/{person.Id}/ubah", fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(newKk, (await CitizenAsync(nik)).KkNumber);
        var change = await app.WithDb(db => db.AuditRecords.SingleAsync(a => a.Action == "updated" && a.Subject == "Citizen" && a.SubjectId == person.Id.ToString()));
        Assert.Equal(reason, change.Reason);
        Assert.Contains(newKk, change.After, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Family_card_page_needs_a_reason_and_then_lists_the_members()
    {
        app.SkipIfUnavailable();
        var client = app.Browser();
        await client.SignInAsync("pimpinan");
        const string kk = "3510162903170010";
        var gate = await client.GetStringAsync($"/penduduk/kk/{kk}");
        Assert.Contains("3510********0010", gate, StringComparison.Ordinal);
        Assert.DoesNotContain("Reza Pahlevi", gate, StringComparison.Ordinal);

        var reason = "Verifikasi calon penerima bantuan sosial " + Guid.NewGuid().ToString("N")[..6];
        var html = await (await client.PostFormAsync($"/penduduk/kk/{kk}", new() { ["Reason"] = reason })).Content.ReadAsStringAsync();
        Assert.Contains("Sumiati", html, StringComparison.Ordinal);
        Assert.Contains("Reza Pahlevi", html, StringComparison.Ordinal);
        Assert.Contains("Kelurahan Pakis", html, StringComparison.Ordinal);
        var record = await app.WithDb(db => db.AuditRecords.SingleAsync(a => a.Reason == reason));
        Assert.Equal(("read-sensitive", "Family", kk), (record.Action, record.Subject, record.SubjectId));
    }

    internal static Dictionary<string, string> Fields(string nik, string kk, string name, DateOnly born, string sex, string village) => new()
    {
        ["Input.Nik"] = nik,
        ["Input.KkNumber"] = kk,
        ["Input.FullName"] = name,
        ["Input.BirthPlace"] = "Banyuwangi",
        ["Input.BirthDate"] = TestIdentities.BirthDate(born),
        ["Input.Sex"] = sex,
        ["Input.FamilyRelationship"] = "Anak",
        ["Input.Address"] = "Dusun Krajan",
        ["Input.Rt"] = "002",
        ["Input.Rw"] = "001",
        ["Input.VillageCode"] = village,
    };
}

[Collection(SqliteCollection.Name)]
public sealed class CitizenPageTestsOnSqlite(SqliteApp app) : CitizenPageTests(app);

[Collection(PostgresCollection.Name)]
public sealed class CitizenPageTestsOnPostgres(PostgresApp app) : CitizenPageTests(app);

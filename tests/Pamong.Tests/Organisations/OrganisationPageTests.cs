using System.Net;
using Microsoft.EntityFrameworkCore;
using Pamong.Platform.Organisations;
using Pamong.Tests.Infrastructure;

namespace Pamong.Tests.Organisations;

public abstract class OrganisationPageTests(PamongApp app)
{
    private static string NewCode() => "UJI-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

    [SkippableFact]
    public async Task Any_signed_in_officer_sees_the_opd_and_kecamatan_but_no_management_buttons()
    {
        app.SkipIfUnavailable();
        var client = app.Browser();
        await client.SignInAsync("desa");
        var html = await client.GetStringAsync("/organisasi");
        Assert.Contains("DISKOMINFO", html, StringComparison.Ordinal);
        Assert.Contains("Kecamatan Glagah", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Desa Kemiren", html, StringComparison.Ordinal); // villages are one click further
        Assert.DoesNotContain("/organisasi/opd/baru", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Sinkronkan", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/organisasi\"", html, StringComparison.Ordinal); // menu entry
    }

    [SkippableFact]
    public async Task Signing_in_is_required_to_see_the_organisation()
    {
        app.SkipIfUnavailable();
        var response = await app.Browser().GetAsync("/organisasi");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/masuk", response.Headers.Location?.PathAndQuery ?? response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Kecamatan_page_lists_its_villages()
    {
        app.SkipIfUnavailable();
        var glagah = await app.WithDb(db => db.OrganisationUnits.SingleAsync(u => u.Code == "35.10.15"));
        var client = app.Browser();
        await client.SignInAsync("opd");
        var html = await client.GetStringAsync($"/organisasi/{glagah.Id}");
        Assert.Contains("Desa Kemiren", html, StringComparison.Ordinal);
        Assert.Contains("Desa Olehsari", html, StringComparison.Ordinal);
        Assert.Contains("Kelurahan Bakungan", html, StringComparison.Ordinal);
        Assert.Contains("Camat", html, StringComparison.Ordinal); // demo position
    }

    [SkippableFact]
    public async Task Search_with_a_kind_filter_finds_only_units_of_that_kind()
    {
        app.SkipIfUnavailable();
        var client = app.Browser();
        await client.SignInAsync("desa");
        var html = await client.GetStringAsync("/organisasi?kind=kelurahan&q=pakis");
        Assert.Contains("Kelurahan Pakis", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Desa Kemiren", html, StringComparison.Ordinal);

        var opd = await client.GetStringAsync("/organisasi?kind=opd&page=1");
        Assert.Contains("DINSOS", opd, StringComparison.Ordinal);
        Assert.DoesNotContain("Kecamatan Glagah", opd, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Administrator_creates_and_edits_an_opd_and_a_taken_code_is_refused()
    {
        app.SkipIfUnavailable();
        var client = app.Browser();
        await client.SignInAsync("admin");
        var code = NewCode();
        var created = await client.PostFormAsync("/organisasi/opd/baru", new()
        {
            ["Input.Code"] = code.ToLowerInvariant(),
            ["Input.Name"] = "Badan Uji Coba",
            ["Input.Active"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var unit = await app.WithDb(db => db.OrganisationUnits.SingleAsync(u => u.Code == code));
        Assert.Equal(UnitKind.Opd, unit.Kind);
        Assert.Equal($"/organisasi/{unit.Id}", created.Headers.Location?.OriginalString);

        var duplicate = await client.PostFormAsync("/organisasi/opd/baru", new() { ["Input.Code"] = code, ["Input.Name"] = "Lain", ["Input.Active"] = "true" });
        var html = await duplicate.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, duplicate.StatusCode);
        Assert.Contains($"Kode {code} sudah dipakai", html, StringComparison.Ordinal);
        Assert.Contains("role=\"alert\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);

        var edited = await client.PostFormAsync($"/organisasi/{unit.Id}/ubah", new()
        {
            ["Input.Code"] = code,
            ["Input.Name"] = "Badan Uji Coba Daerah",
            ["Input.Active"] = "false",
        });
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        var after = await app.WithDb(db => db.OrganisationUnits.AsNoTracking().SingleAsync(u => u.Id == unit.Id));
        Assert.Equal("Badan Uji Coba Daerah", after.Name);
        Assert.False(after.Active);
        Assert.Contains("Nonaktif", await client.GetStringAsync($"/organisasi/{unit.Id}"), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Opd_code_with_spaces_or_dots_is_refused_with_a_clear_message()
    {
        app.SkipIfUnavailable();
        var client = app.Browser();
        await client.SignInAsync("admin");
        var response = await client.PostFormAsync("/organisasi/opd/baru", new() { ["Input.Code"] = "DINAS SOSIAL", ["Input.Name"] = "", ["Input.Active"] = "true" });
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Kode hanya boleh berisi huruf kapital, angka, dan tanda hubung", html, StringComparison.Ordinal);
        Assert.Contains("Nama OPD wajib diisi.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"DINAS SOSIAL\"", html, StringComparison.Ordinal); // nothing typed is lost
    }

    [SkippableFact]
    public async Task Officer_without_organisation_manage_cannot_open_the_opd_form()
    {
        app.SkipIfUnavailable();
        var client = app.Browser();
        await client.SignInAsync("kecamatan");
        var response = await client.GetAsync("/organisasi/opd/baru");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/akses-ditolak", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Sync_from_region_data_adds_a_missing_office_once()
    {
        app.SkipIfUnavailable();
        // Desa Paspan's office goes missing (no grant, position or staff points at it).
        await app.WithDb(async db =>
        {
            db.OrganisationUnits.Remove(await db.OrganisationUnits.SingleAsync(u => u.Code == "35.10.15.2007"));
            return await db.SaveChangesAsync();
        });
        var client = app.Browser();
        await client.SignInAsync("admin");

        var first = await client.PostFormAsync("/organisasi?handler=Sync", [], pageUrl: "/organisasi");
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Contains("1 kantor kecamatan/desa/kelurahan ditambahkan", await client.GetStringAsync("/organisasi"), StringComparison.Ordinal);
        var paspan = await app.WithDb(db => db.OrganisationUnits.SingleAsync(u => u.Code == "35.10.15.2007"));
        var glagah = await app.WithDb(db => db.OrganisationUnits.SingleAsync(u => u.Code == "35.10.15"));
        Assert.Equal(glagah.Id, paspan.ParentId);

        await client.PostFormAsync("/organisasi?handler=Sync", [], pageUrl: "/organisasi");
        Assert.Contains("tidak ada yang ditambahkan", await client.GetStringAsync("/organisasi"), StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDb(db => db.OrganisationUnits.CountAsync(u => u.Code == "35.10.15.2007")));
    }

    [SkippableFact]
    public async Task Administrator_adds_a_position_and_a_duplicate_name_in_the_unit_is_refused()
    {
        app.SkipIfUnavailable();
        var dinkes = await app.WithDb(db => db.OrganisationUnits.SingleAsync(u => u.Code == "DINKES"));
        var client = app.Browser();
        await client.SignInAsync("admin");
        var name = "Kepala Bidang Uji " + Guid.NewGuid().ToString("N")[..6];
        var created = await client.PostFormAsync($"/organisasi/{dinkes.Id}/jabatan/baru", new() { ["Input.Name"] = name, ["Input.Grade"] = "Eselon III.b", ["Input.Active"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Contains(name, await client.GetStringAsync($"/organisasi/{dinkes.Id}"), StringComparison.Ordinal);

        var duplicate = await client.PostFormAsync($"/organisasi/{dinkes.Id}/jabatan/baru", new() { ["Input.Name"] = name, ["Input.Active"] = "true" });
        Assert.Contains($"Jabatan {name} sudah ada di unit ini.", await duplicate.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var position = await app.WithDb(db => db.Positions.SingleAsync(p => p.Name == name));
        var edited = await client.PostFormAsync($"/organisasi/jabatan/{position.Id}/ubah", new() { ["Input.Name"] = name, ["Input.Grade"] = "Eselon III.a", ["Input.Active"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Equal("Eselon III.a", (await app.WithDb(db => db.Positions.AsNoTracking().SingleAsync(p => p.Id == position.Id))).Grade);
    }

    [SkippableTheory]
    [InlineData("12345", "NIP harus terdiri dari 18 angka.")]
    [InlineData("198513172010011003", "Tanggal lahir pada NIP tidak valid.")]
    [InlineData("198507172000011003", "TMT pengangkatan pada NIP sebelum pegawai berusia 18 tahun.")]
    [InlineData("198507172010131003", "Bulan TMT pengangkatan pada NIP tidak valid.")]
    [InlineData("198507172010013003", "Kode jenis kelamin pada NIP harus 1 (laki-laki) atau 2 (perempuan).")]
    [InlineData("198507172010011000", "Nomor urut pada NIP tidak boleh 000.")]
    public async Task Staff_page_refuses_a_NIP_with_each_problem_named(string nip, string message)
    {
        app.SkipIfUnavailable();
        var unit = await app.WithDb(db => db.OrganisationUnits.SingleAsync(u => u.Code == "BAPPEDA"));
        var client = app.Browser();
        await client.SignInAsync("admin");
        var response = await client.PostFormAsync($"/organisasi/{unit.Id}/pegawai/baru", new()
        {
            ["Input.FullName"] = "Pegawai Uji",
            ["Input.Status"] = "Asn",
            ["Input.Nip"] = nip,
            ["Input.Active"] = "true",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Staff_page_shows_every_problem_of_a_NIP_at_once()
    {
        app.SkipIfUnavailable();
        var unit = await app.WithDb(db => db.OrganisationUnits.SingleAsync(u => u.Code == "BAPPEDA"));
        var client = app.Browser();
        await client.SignInAsync("admin");
        var response = await client.PostFormAsync($"/organisasi/{unit.Id}/pegawai/baru", new()
        {
            ["Input.FullName"] = "Pegawai Uji",
            ["Input.Status"] = "Asn",
            ["Input.Nip"] = "198513172010013000",
            ["Input.Active"] = "true",
        });
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Tanggal lahir pada NIP tidak valid.", html, StringComparison.Ordinal);
        Assert.Contains("Kode jenis kelamin pada NIP harus 1", html, StringComparison.Ordinal);
        Assert.Contains("Nomor urut pada NIP tidak boleh 000.", html, StringComparison.Ordinal);
        Assert.Contains("<ul class=\"field-error\" id=\"Input_Nip-error\">", html, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Administrator_adds_staff_with_a_valid_NIP_and_the_unit_list_finds_them()
    {
        app.SkipIfUnavailable();
        var unit = await app.WithDb(db => db.OrganisationUnits.SingleAsync(u => u.Code == "DISKOMINFO"));
        var position = await app.WithDb(db => db.Positions.SingleAsync(p => p.UnitId == unit.Id && p.Name == "Kepala Bidang Persandian dan Statistik"));
        var client = app.Browser();
        await client.SignInAsync("admin");
        var nip = UniqueNip();
        var name = "Rina Uji " + nip[^4..];
        var created = await client.PostFormAsync($"/organisasi/{unit.Id}/pegawai/baru", new()
        {
            ["Input.FullName"] = name,
            ["Input.Status"] = "Asn",
            ["Input.Nip"] = nip[..8] + " " + nip[8..14] + " " + nip[14..15] + " " + nip[15..], // printed with spaces
            ["Input.PositionId"] = position.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Active"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var staff = await app.WithDb(db => db.StaffMembers.SingleAsync(s => s.FullName == name));
        Assert.Equal(nip, staff.Nip);

        var list = await client.GetStringAsync($"/organisasi/{unit.Id}/pegawai?q=rina+uji+{nip[^4..]}");
        Assert.Contains(name, list, StringComparison.Ordinal);
        Assert.Contains(nip, list, StringComparison.Ordinal);
        Assert.DoesNotContain("Budi Santoso", list, StringComparison.Ordinal);

        var again = await client.PostFormAsync($"/organisasi/{unit.Id}/pegawai/baru", new() { ["Input.FullName"] = "Orang Lain", ["Input.Status"] = "Asn", ["Input.Nip"] = nip, ["Input.Active"] = "true" });
        Assert.Contains($"NIP {nip} sudah terdaftar", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Staff_list_shows_demo_staff_but_hides_NIPs_from_officers_who_do_not_manage_the_organisation()
    {
        app.SkipIfUnavailable();
        var unit = await app.WithDb(db => db.OrganisationUnits.SingleAsync(u => u.Code == "DISKOMINFO"));
        var client = app.Browser();
        await client.SignInAsync("opd");
        var html = await client.GetStringAsync($"/organisasi/{unit.Id}/pegawai");
        Assert.Contains("Budi Santoso", html, StringComparison.Ordinal);
        Assert.Contains("Kepala Dinas", html, StringComparison.Ordinal);
        Assert.DoesNotContain("197203151998031004", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/pegawai/baru", html, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Non_ASN_staff_cannot_carry_a_NIP()
    {
        app.SkipIfUnavailable();
        var unit = await app.WithDb(db => db.OrganisationUnits.SingleAsync(u => u.Code == "DLH"));
        var client = app.Browser();
        await client.SignInAsync("admin");
        var response = await client.PostFormAsync($"/organisasi/{unit.Id}/pegawai/baru", new()
        {
            ["Input.FullName"] = "Tenaga Harian",
            ["Input.Status"] = "NonAsn",
            ["Input.Nip"] = "198507172010011003",
            ["Input.Active"] = "true",
        });
        Assert.Contains("Pegawai non-ASN tidak memiliki NIP", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static int _nipSerial = Random.Shared.Next(100, 800);

    /// <summary>A valid NIP no other test uses: born 1990-mm-dd, appointed 2015-mm, a fresh serial.</summary>
    internal static string UniqueNip()
    {
        var serial = Interlocked.Increment(ref _nipSerial);
        var day = 1 + (serial % 28);
        var month = 1 + (serial / 28 % 12);
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"1990{month:00}{day:00}2015{month:00}{1 + (serial % 2)}{(serial % 999) + 1:000}");
    }
}

[Collection(SqliteCollection.Name)]
public sealed class OrganisationPageTestsOnSqlite(SqliteApp app) : OrganisationPageTests(app);

[Collection(PostgresCollection.Name)]
public sealed class OrganisationPageTestsOnPostgres(PostgresApp app) : OrganisationPageTests(app);

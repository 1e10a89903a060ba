using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pamong.Platform.Tenancy;
using Pamong.Platform.Web.Export;
using Pamong.SocialProtection.Data;
using Pamong.Tests.Infrastructure;
using static Pamong.Tests.SocialProtection.PerlinsosTestData;

namespace Pamong.Tests.SocialProtection;

public abstract class ImportTests(PamongApp app)
{
    private async Task<T> WithPerlinsos<T>(Func<PerlinsosDb, Task<T>> work)
    {
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentTenant>().Set("banyuwangi");
        return await work(scope.ServiceProvider.GetRequiredService<PerlinsosDb>());
    }

    [SkippableFact]
    public async Task Good_rows_only_imports_the_good_rows_reports_every_bad_row_and_a_second_import_changes_nothing()
    {
        app.SkipIfUnavailable();
        var desa = await app.SignedInAsync("desa");
        var (kk1, kk2) = (Kk(), Kk());
        var (a, b, c) = (Nik(new DateOnly(1970, 1, 10)), Nik(new DateOnly(1972, 2, 12), false), Nik(new DateOnly(1990, 3, 3)));
        var file = Csv(HouseholdHeader,
            Row(kk1, Kemiren, a, "Slamet Widodo", "1970-01-10", "L", "Kepala Keluarga"),
            Row(kk1, Kemiren, b, "Sumarni", "12/02/1972", "P", "Istri"),
            Row(kk2, Kemiren, c, "Heru Santoso", "1990-03-03", "L", "Kepala Keluarga", electricity: "2200"),
            Row(kk2, Kemiren, "12345", "Tanpa NIK", "1990-03-03", "L", "Anak"),
            Row(Kk(), Pakis, Nik(new DateOnly(1985, 5, 5)), "Di Luar Wilayah", "1985-05-05", "L", "Kepala Keluarga"),
            Row(kk2, Kemiren, c, "Heru Santoso", "1990-03-03", "L", "Kepala Keluarga"));

        var job = await desa.UploadAsync("households", "good-rows-only", "dtks.csv", file);
        Assert.Equal("Succeeded", job.GetProperty("status").GetString());
        Assert.Equal((6, 3), (job.GetProperty("total").GetInt32(), job.GetProperty("bad").GetInt32()));
        Assert.Equal(2, job.GetProperty("created").GetInt32());
        var report = await desa.GetStringAsync($"/api/v1/perlinsos/imports/{job.GetProperty("id").GetInt32()}/report");
        Assert.Contains("5,", report, StringComparison.Ordinal);
        Assert.Contains("NIK harus terdiri dari 16 angka", report, StringComparison.Ordinal);
        Assert.Contains("outside_your_area", report, StringComparison.Ordinal);
        Assert.Contains("nik_twice_in_file", report, StringComparison.Ordinal);
        Assert.Equal(3, await WithPerlinsos(db => db.Members.CountAsync(m => m.Nik == a || m.Nik == b || m.Nik == c)));

        var audits = await app.WithDb(db => db.AuditRecords.CountAsync());
        var again = await desa.UploadAsync("households", "good-rows-only", "dtks.csv", file);
        Assert.Equal((0, 0), (again.GetProperty("created").GetInt32(), again.GetProperty("updated").GetInt32()));
        Assert.Equal(audits, await app.WithDb(db => db.AuditRecords.CountAsync()));
    }

    [SkippableFact]
    public async Task An_import_records_what_it_created_in_one_audit_record_and_each_later_change_with_its_before_values()
    {
        app.SkipIfUnavailable();
        var desa = await app.SignedInAsync("desa");
        var (kk1, kk2) = (Kk(), Kk());
        var (head, wife, child) = (Nik(new DateOnly(1961, 4, 4)), Nik(new DateOnly(1963, 5, 5), false), Nik(new DateOnly(1999, 9, 9)));
        var first = await desa.UploadAsync("households", "all-or-nothing", "awal.csv", Csv(HouseholdHeader,
            Row(kk1, Kemiren, head, "Pak Darmo", "1961-04-04", "L", "Kepala Keluarga"),
            Row(kk1, Kemiren, wife, "Bu Darmi", "1963-05-05", "P", "Istri"),
            Row(kk1, Kemiren, child, "Joko Darmo", "1999-09-09", "L", "Anak")));
        Assert.Equal("Succeeded", first.GetProperty("status").GetString());

        var imported = await app.WithDb(db => db.AuditRecords.Where(r => r.Action == "imported" && r.After!.Contains(kk1)).ToListAsync());
        var record = Assert.Single(imported);
        Assert.Equal("desa", record.ActorName);
        Assert.Contains(head, record.After, StringComparison.Ordinal);
        Assert.Contains(child, record.After, StringComparison.Ordinal);
        Assert.Contains("awal.csv", record.Reason ?? "", StringComparison.Ordinal);
        var rows = await WithPerlinsos(db => db.Members.AsNoTracking().Where(m => m.Nik == head || m.Nik == wife || m.Nik == child)
            .Join(db.Households, m => m.HouseholdId, h => h.Id, (m, h) => new { m.Nik, m.NormalizedName, m.BirthDate, m.Sex, m.RegisteredAt, h.KkNumber, h.ElectricityVa, h.Source, h.UpdatedAt })
            .ToListAsync());
        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.Equal((kk1, 450, Pamong.SocialProtection.Registry.HouseholdSource.Import), (r.KkNumber, r.ElectricityVa, r.Source)));
        Assert.All(rows, r => Assert.Equal((app.Clock.GetUtcNow(), app.Clock.GetUtcNow()), (r.RegisteredAt, r.UpdatedAt)));
        Assert.Equal((Pamong.SocialProtection.Names.IndonesianName.Normalize("Pak Darmo"), new DateOnly(1961, 4, 4)), rows.Where(r => r.Nik == head).Select(r => (r.NormalizedName, r.BirthDate)).Single());
        Assert.Equal(2, await WithPerlinsos(db => db.NikSightings.CountAsync(s => s.Nik == head || s.Nik == wife)));

        // The son moves out to his own KK and the parents' electricity changes: a new household (one batch record),
        // an updated household and a moved member (each its own before/after record).
        var second = await desa.UploadAsync("households", "all-or-nothing", "pindah.csv", Csv(HouseholdHeader,
            Row(kk1, Kemiren, head, "Pak Darmo", "1961-04-04", "L", "Kepala Keluarga", electricity: "900"),
            Row(kk2, Kemiren, child, "Joko Darmo", "1999-09-09", "L", "Kepala Keluarga")));
        Assert.Equal((1, 1), (second.GetProperty("created").GetInt32(), second.GetProperty("updated").GetInt32()));
        var moved = await WithPerlinsos(db => db.Members.AsNoTracking().Where(m => m.Nik == child)
            .Join(db.Households, m => m.HouseholdId, h => h.Id, (m, h) => new { h.KkNumber, m.Relationship }).SingleAsync());
        Assert.Equal((kk2, Pamong.SocialProtection.Registry.Relationship.Head), (moved.KkNumber, moved.Relationship));
        var updates = await app.WithDb(db => db.AuditRecords.Where(r => r.Action == "updated" && r.Reason!.Contains("pindah.csv")).ToListAsync());
        Assert.Contains(updates, r => r.Subject == "Household" && r.Before!.Contains("\"ElectricityVa\":450", StringComparison.Ordinal));
        Assert.Contains(updates, r => r.Subject == "Member" && r.Before!.Contains("HouseholdId", StringComparison.Ordinal));
        Assert.Single(await app.WithDb(db => db.AuditRecords.Where(r => r.Action == "imported" && r.After!.Contains(kk2)).ToListAsync()));
    }

    [SkippableFact]
    public async Task A_file_larger_than_one_chunk_imports_every_row_once_even_when_a_kk_spans_two_chunks()
    {
        app.SkipIfUnavailable();
        var desa = await app.SignedInAsync("desa");
        var prefix = "3510159" + Random.Shared.Next(100, 999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        string KkOf(int household) => prefix + household.ToString("000000", System.Globalization.CultureInfo.InvariantCulture);
        var lines = new List<string> { HouseholdHeader };
        var niks = new List<string>();
        void Person(int household, int i, string relationship)
        {
            var birth = new DateOnly(1950 + i / 336, 1 + i / 28 % 12, 1 + i % 28);
            var nik = "351015" + birth.ToString("ddMMyy", System.Globalization.CultureInfo.InvariantCulture) + prefix[^4..];
            niks.Add(nik);
            lines.Add(Row(KkOf(household), Kemiren, nik, "Warga Uji " + i, birth.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "L", relationship));
        }

        // One single-member household first, then 5,000 two-member households: the 5,000th spans rows 10,001 and 10,002
        // of the data, the end of the first chunk (10,000 rows) and the start of the second.
        Person(0, 0, "Kepala Keluarga");
        for (var h = 1; h <= 5_000; h++)
        {
            Person(h, 2 * h - 1, "Kepala Keluarga");
            Person(h, 2 * h, "Anak");
        }

        var job = await desa.UploadAsync("households", "good-rows-only", "besar.csv", Csv([.. lines]));
        Assert.Equal("Succeeded", job.GetProperty("status").GetString());
        Assert.Equal((10_001, 0, 5_001), (job.GetProperty("total").GetInt32(), job.GetProperty("bad").GetInt32(), job.GetProperty("created").GetInt32()));
        var spanning = KkOf(5_000);
        Assert.Equal(2, await WithPerlinsos(db => db.Members.CountAsync(m => db.Households.Any(h => h.Id == m.HouseholdId && h.KkNumber == spanning))));
        Assert.Equal(5_001, await WithPerlinsos(db => db.Households.CountAsync(h => h.KkNumber.StartsWith(prefix))));
        Assert.Equal(10_001, await WithPerlinsos(db => db.Members.CountAsync(m => db.Households.Any(h => h.Id == m.HouseholdId && h.KkNumber.StartsWith(prefix)))));
    }

    [SkippableFact]
    public async Task All_or_nothing_writes_nothing_when_a_row_is_bad_and_a_preview_waits_for_confirmation()
    {
        app.SkipIfUnavailable();
        var desa = await app.SignedInAsync("desa");
        var kk = Kk();
        var good = Nik(new DateOnly(1966, 6, 16));
        var file = Csv(HouseholdHeader, Row(kk, Kemiren, good, "Sukiman", "1966-06-16", "L", "Kepala Keluarga"),
            Row(kk, Kemiren, Nik(new DateOnly(1968, 6, 1)), "Tanpa Tanggal", "bukan-tanggal", "P", "Istri"));
        var refused = await desa.UploadAsync("households", "all-or-nothing", "desa.csv", file);
        Assert.Equal("Failed", refused.GetProperty("status").GetString());
        Assert.False(await WithPerlinsos(db => db.Households.AnyAsync(h => h.KkNumber == kk)));

        var previewed = await desa.UploadAsync("households", "good-rows-only", "desa.csv", file, preview: true);
        Assert.Equal("Checked", previewed.GetProperty("status").GetString());
        Assert.Equal("no_kk", previewed.GetProperty("preview")[0][0].GetString());
        Assert.False(await WithPerlinsos(db => db.Households.AnyAsync(h => h.KkNumber == kk)));
        var id = previewed.GetProperty("id").GetInt32();
        var allOrNothing = await desa.PostJson($"/api/v1/perlinsos/imports/{id}/confirm", new { mode = "all-or-nothing" });
        Assert.Equal("import_has_bad_rows", (await allOrNothing.JsonAsync()).ProblemCode());
        await desa.PostJson($"/api/v1/perlinsos/imports/{id}/confirm", new { mode = "good-rows-only" });
        var done = await desa.WaitAsync($"/api/v1/perlinsos/imports/{id}");
        Assert.Equal("Succeeded", done.GetProperty("status").GetString());
        Assert.True(await WithPerlinsos(db => db.Members.AnyAsync(m => m.Nik == good)));
    }

    [SkippableFact]
    public async Task An_excel_file_imports_like_a_csv()
    {
        app.SkipIfUnavailable();
        var desa = await app.SignedInAsync("desa");
        var (kk, nik) = (Kk(), Nik(new DateOnly(1977, 7, 17)));
        var xlsx = new XlsxWriter();
        var sheet = xlsx.AddSheet("Data");
        foreach (var line in new[] { HouseholdHeader, Row(kk, Kemiren, nik, "Misnadi", "1977-07-17", "L", "Kepala Keluarga") })
        {
            sheet.Row(line.Split(',').Select(v => (object?)v).ToArray());
        }

        var job = await desa.UploadAsync("households", "good-rows-only", "dtsen.xlsx", xlsx.ToBytes());
        Assert.True(job.GetProperty("status").GetString() == "Succeeded", job.ToString());
        Assert.True(await WithPerlinsos(db => db.Members.AnyAsync(m => m.Nik == nik && m.Name == "Misnadi")));
    }

    [SkippableFact]
    public async Task Death_records_and_staff_lists_import_and_re_import_idempotently()
    {
        app.SkipIfUnavailable();
        var opd = await app.SignedInAsync("opd");
        var (dead, asn) = (Nik(new DateOnly(1940, 1, 1)), Nik(new DateOnly(1980, 8, 8)));
        var deaths = Csv("nik,nama,tanggal_meninggal,nomor_akta", $"{dead},Sumo Wiryo,2026-10-01,AKTA-1", "123,Rusak,2026-10-01,");
        var first = await opd.UploadAsync("deaths", "good-rows-only", "kematian.csv", deaths);
        Assert.Equal((1, 1), (first.GetProperty("created").GetInt32(), first.GetProperty("bad").GetInt32()));
        var second = await opd.UploadAsync("deaths", "good-rows-only", "kematian.csv", deaths);
        Assert.Equal((0, 0), (second.GetProperty("created").GetInt32(), second.GetProperty("updated").GetInt32()));

        var staff = Csv("daftar,nik,nama,tanggal_lahir,nomor_pegawai,instansi", $"ASN,{asn},Drs. Gunawan,1980-08-08,198008082005011001,BAPPEDA", $"HANSIP,{Nik(new DateOnly(1981, 1, 1))},Salah Daftar,,,");
        var listed = await opd.UploadAsync("exclusions", "good-rows-only", "asn.csv", staff);
        Assert.Equal((1, 1), (listed.GetProperty("created").GetInt32(), listed.GetProperty("bad").GetInt32()));
        var entry = await WithPerlinsos(db => db.ExclusionListEntries.SingleAsync(e => e.Nik == asn));
        Assert.Equal("GUNAWAN", entry.NormalizedName);
    }

    [SkippableFact]
    public async Task A_file_without_required_columns_fails_with_the_missing_columns_named()
    {
        app.SkipIfUnavailable();
        var desa = await app.SignedInAsync("desa");
        var job = await desa.UploadAsync("households", "good-rows-only", "salah.csv", Csv("nama,alamat", "Siti,Dusun"));
        Assert.Equal("Failed", job.GetProperty("status").GetString());
        Assert.Contains("no_kk", job.GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ImportTestsOnSqlite(SqliteApp app) : ImportTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ImportTestsOnPostgres(PostgresApp app) : ImportTests(app);

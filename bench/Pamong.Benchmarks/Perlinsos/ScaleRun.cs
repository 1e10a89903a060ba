using System.Diagnostics;
using System.Globalization;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;
using Pamong.Platform;
using Pamong.Platform.Accounts;
using Pamong.Platform.Data;
using Pamong.Platform.Regions;
using Pamong.Platform.Tenancy;
using Pamong.SocialProtection;
using Pamong.SocialProtection.Data;
using Pamong.SocialProtection.DataQuality;
using Pamong.SocialProtection.Imports;
using Pamong.SocialProtection.Jobs;
using Pamong.SocialProtection.Names;

namespace Pamong.Benchmarks.Perlinsos;

/// <summary>
/// The Perlinsos scale run (one shot, not BenchmarkDotNet): generates N persons in households (0.3 N) with dirt
/// straight into PostgreSQL with binary COPY, times the full data-quality pass, times the pg_trgm alternative on
/// the same data (on a sample of left-hand rows, extrapolated), and times an import of a CSV through the import code.
/// <code>dotnet run -c Release --project bench/Pamong.Benchmarks -- perlinsos --persons 10000000 --import-rows 1000000 --trgm-sample 2000</code>
/// </summary>
internal static class ScaleRun
{
    private const string Tenant = "banyuwangi";
    private const string MembersHouseholdKey = "FK_PerlinsosMembers_PerlinsosHouseholds_HouseholdId";

    public static async Task<int> RunAsync(string[] args)
    {
        var persons = Arg(args, "--persons", 100_000);
        var importRows = Arg(args, "--import-rows", 20_000);
        var trgmSample = Arg(args, "--trgm-sample", 1_000);
        var server = BenchDatabase.PostgresServer ?? throw new InvalidOperationException("Set PAMONG_BENCH_POSTGRES or PAMONG_TEST_POSTGRES.");
        // --reuse NAME: a database kept by an earlier run (--keep); only the import is measured again.
        var reuse = Array.IndexOf(args, "--reuse") is >= 0 and var r && r + 1 < args.Length ? args[r + 1] : null;
        var database = reuse ?? "pamong_perlinsos_" + Guid.NewGuid().ToString("N")[..10];
        if (reuse is null)
        {
            Execute(server, $"CREATE DATABASE \"{database}\"");
        }

        var connection = new NpgsqlConnectionStringBuilder(server) { Database = database, CommandTimeout = 0 }.ConnectionString;
        try
        {
            var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Benchmark" });
            builder.Logging.ClearProviders();
            builder.Configuration["Demo:Enabled"] = "true";
            builder.Configuration["Database:Provider"] = "postgres";
            builder.Configuration["Database:ConnectionString"] = connection;
            builder.Configuration["Database:DataFolder"] = Path.Combine(Path.GetTempPath(), database);
            builder.Services.AddPamongPlatform(builder.Configuration);
            new SocialProtectionModule().AddServices(builder.Services, builder.Configuration);
            await using var app = builder.Build();
            var watch = Stopwatch.StartNew();
            await StartupSteps.RunAllAsync(app.Services);
            Console.WriteLine($"setup (migrations, demo Pemda, regions): {watch.Elapsed.TotalSeconds:0.0} s");

            var villages = await VillagesAsync(app.Services);
            if (reuse is not null)
            {
                await ImportAsync(app.Services, importRows, villages, connection, Arg(args, "--nik-prefix", 8));
                return 0;
            }

            watch.Restart();
            var planted = await GenerateAsync(connection, persons, villages);
            Console.WriteLine($"generated {persons:N0} persons in {planted.Households:N0} households with binary COPY: {watch.Elapsed.TotalSeconds:0.0} s " +
                $"(planted: {planted.Duplicates:N0} duplicates, {planted.BadNiks:N0} bad NIKs, {planted.Mismatches:N0} NIK/birth-date mismatches, {planted.Deaths:N0} deaths, {planted.Staff:N0} staff)");
            Execute(connection, "VACUUM ANALYZE");

            var result = await PassAsync(app.Services);
            Console.WriteLine($"data-quality pass: detection {result.Detection.TotalSeconds:0.0} s ({result.People:N0} people, {result.Comparisons:N0} comparisons), " +
                $"storing {result.Storing.TotalSeconds:0.0} s ({result.New:N0} new findings); total {(result.Detection + result.Storing).TotalSeconds:0.0} s");
            foreach (var (kind, count) in result.ByKind.OrderBy(k => k.Key))
            {
                Console.WriteLine($"  {kind,-28} {count,10:N0}");
            }

            var again = await PassAsync(app.Services);
            Console.WriteLine($"re-run (idempotent): detection {again.Detection.TotalSeconds:0.0} s, storing {again.Storing.TotalSeconds:0.0} s, {again.New} new, {again.Changed} changed");

            var duplicatesFound = result.ByKind.GetValueOrDefault(FindingKind.PersonWithSeveralNiks);
            var plantedFound = await PlantedFoundAsync(app.Services, planted.DuplicatePairs);
            Console.WriteLine($"duplicates planted {planted.DuplicatePairs.Count:N0}, person-with-several-NIKs findings {duplicatesFound:N0}, " +
                $"of which planted {plantedFound:N0}: recall {(double)plantedFound / Math.Max(1, planted.DuplicatePairs.Count):P1}, " +
                $"precision {(double)plantedFound / Math.Max(1, duplicatesFound):P1} (look-alikes not planted count as wrong, though some may be real)");

            var trgm = Trigram(connection, trgmSample, persons);
            Console.WriteLine($"pg_trgm self-join (birth-date blocked, similarity > 0.6) on {trgmSample:N0} of {persons:N0} left rows: {trgm.Sample.TotalSeconds:0.0} s, " +
                $"{trgm.Pairs:N0} pairs; extrapolated to all rows: {trgm.Extrapolated.TotalSeconds:0} s; index build {trgm.Index.TotalSeconds:0.0} s");
            Console.WriteLine($"speed-up of the pass (detection) over pg_trgm: {trgm.Extrapolated / result.Detection:0.0}x");

            await ImportAsync(app.Services, importRows, villages, connection, 9);
            return 0;
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            if (!args.Contains("--keep") && reuse is null)
            {
                Execute(server, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
            }
        }
    }

    private static int Arg(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static async Task<List<string>> VillagesAsync(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PamongDb>();
        return await db.Regions.AsNoTracking().Where(r => r.Level == RegionLevel.Village && r.Code.StartsWith("35.10.")).Select(r => r.Code).OrderBy(c => c).ToListAsync();
    }

    /// <summary>How many planted (original, duplicate) pairs the pass reported as one person with several NIKs.</summary>
    private static async Task<int> PlantedFoundAsync(IServiceProvider services, HashSet<string> pairs)
    {
        using var scope = services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentTenant>().Set(Tenant);
        var db = scope.ServiceProvider.GetRequiredService<PerlinsosDb>();
        var found = 0;
        await foreach (var key in db.Findings.AsNoTracking().Where(f => f.Kind == FindingKind.PersonWithSeveralNiks).Select(f => f.Key).AsAsyncEnumerable())
        {
            found += pairs.Contains(key[(key.IndexOf(':', StringComparison.Ordinal) + 1)..]) ? 1 : 0;
        }

        return found;
    }

    private static async Task<QualityResult> PassAsync(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentTenant>().Set(Tenant);
        return await scope.ServiceProvider.GetRequiredService<QualityPass>().RunAsync(null, CancellationToken.None);
    }

    private sealed record Planted(int Households, int Duplicates, int BadNiks, int Mismatches, int Deaths, int Staff, HashSet<string> DuplicatePairs);

    /// <summary>Households and members (and sightings, deaths, staff lists) written with binary COPY, ids given.</summary>
    private static async Task<Planted> GenerateAsync(string connectionString, int persons, List<string> villages)
    {
        var people = new SyntheticPeople(3510);
        var random = people.Random;
        var now = DateTimeOffset.UtcNow;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();

        // Members are streamed on a second connection while households are still being copied: the foreign key is
        // dropped for the load and validated again after.
        Execute(connectionString, $"ALTER TABLE \"PerlinsosMembers\" DROP CONSTRAINT \"{MembersHouseholdKey}\"");
        var firstHousehold = 1_000_000;
        var firstMember = 1_000_000;
        var deaths = new List<(string Nik, string Name, DateOnly Died)>();
        var staff = new List<(string Nik, string Name, DateOnly Birth)>();
        var sightings = new List<(string Nik, string Name, DateOnly Birth, string Kk, string Village)>();
        int households = 0, duplicates = 0, bad = 0, mismatches = 0;
        // Persons already registered, per kecamatan (for planting duplicates) and the planted (original, duplicate) NIK pairs.
        var recent = new Dictionary<string, List<(string Nik, string Name, bool Male, DateOnly Birth, string Place)>>();
        var plantedPairs = new HashSet<string>(StringComparer.Ordinal);
        await using (var h = await connection.BeginBinaryImportAsync(
            "COPY \"PerlinsosHouseholds\" (\"Id\", \"TenantId\", \"KkNumber\", \"VillageCode\", \"Rt\", \"Rw\", \"Address\", \"WelfareDecile\", \"MonthlyIncome\", " +
            "\"FloorMaterial\", \"WallMaterial\", \"RoofMaterial\", \"FloorArea\", \"ElectricityVa\", \"LandArea\", \"LargeLivestock\", \"SmallLivestock\", \"Motorcycles\", \"Cars\", " +
            "\"Source\", \"RegisteredBy\", \"RegisteredAt\", \"UpdatedAt\") FROM STDIN (FORMAT BINARY)"))
        await using (var m = await OpenMembersCopyAsync(connectionString))
        {
            var member = firstMember;
            var made = 0;
            while (made < persons)
            {
                var id = firstHousehold + households++;
                var village = villages[random.Next(villages.Count)];
                var district = village[..8].Replace(".", "", StringComparison.Ordinal);
                var kk = Kk(district, households);
                var decile = 1 + random.Next(10);
                h.StartRow();
                h.Write(id, NpgsqlDbType.Integer);
                h.Write(Tenant);
                h.Write(kk + "");
                h.Write(village);
                h.Write("00" + (1 + random.Next(9)));
                h.Write("00" + (1 + random.Next(5)));
                h.Write("Dusun " + (random.Next(2) == 0 ? "Krajan" : "Sumberejo"));
                h.Write(decile, NpgsqlDbType.Integer);
                // Income follows the welfare decile (about 0.25–0.6 M per decile step); a few households in the top deciles earn 5 M or more.
                h.Write((long)(400_000 * decile * (0.6 + random.NextDouble() * 0.9)) / 1000 * 1000, NpgsqlDbType.Bigint);
                h.Write("Cement");
                h.Write("PlasteredBrick");
                h.Write("ClayTile");
                h.Write(30m + random.Next(100), NpgsqlDbType.Numeric);
                h.Write(random.Next(20) == 0 ? 1300 : 900, NpgsqlDbType.Integer);
                h.Write((decimal)random.Next(2000), NpgsqlDbType.Numeric);
                h.Write(random.Next(3), NpgsqlDbType.Integer);
                h.Write(random.Next(5), NpgsqlDbType.Integer);
                h.Write(random.Next(3), NpgsqlDbType.Integer);
                h.Write(random.Next(20) == 0 ? 1 : 0, NpgsqlDbType.Integer);
                h.Write("Import");
                h.Write("bench");
                h.Write(now, NpgsqlDbType.TimestampTz);
                h.Write(now, NpgsqlDbType.TimestampTz);

                var size = 1 + random.Next(5);
                for (var i = 0; i < size && made < persons; i++, made++)
                {
                    var male = i == 0 ? random.Next(10) < 8 : random.Next(2) == 0;
                    string name;
                    DateOnly birth;
                    string place;
                    var roll = random.Next(1000);
                    // One person registered again in another KK: the same birth date and birth place, the name in another spelling.
                    // Mostly in the same kecamatan (a KK split off without leaving the old one, a second registration by
                    // another agent); one in four after moving anywhere in the regency.
                    var pool = roll < 10 ? PlantingPool(recent, random.Next(4) == 0 ? null : district, random) : null;
                    string? originalNik = null;
                    if (pool is { Count: > 0 })
                    {
                        var original = pool[random.Next(pool.Count)];
                        (name, male, birth, place, originalNik) = (people.Variant(original.Name, original.Male), original.Male, original.Birth, original.Place, original.Nik);
                        duplicates++;
                    }
                    else
                    {
                        (name, _) = people.Name(male);
                        birth = i == 0 ? people.BirthDate(1940, 1995) : people.BirthDate(1950, 2024);
                        place = people.Place();
                    }

                    var nik = people.Nik(district, birth, male);
                    if (roll is >= 10 and < 15)
                    {
                        nik = district + "1513" + (bad / 9_999 % 100).ToString("00", CultureInfo.InvariantCulture) + (bad % 9_999 + 1).ToString("0000", CultureInfo.InvariantCulture);
                        bad++;
                    }
                    else if (roll is >= 15 and < 20)
                    {
                        nik = people.Nik(district, birth.AddDays(1 + random.Next(30)), male);
                        mismatches++;
                    }

                    if (roll is >= 20 and < 23)
                    {
                        deaths.Add((nik, name, new DateOnly(2025, 1, 1).AddDays(random.Next(600))));
                    }
                    else if (roll is >= 23 and < 25)
                    {
                        staff.Add((nik, name, birth));
                    }
                    else if (roll == 25)
                    {
                        sightings.Add((nik, people.Name(!male).Name, birth.AddYears(-3), kk, village));
                    }

                    if (originalNik is not null)
                    {
                        plantedPairs.Add(string.CompareOrdinal(originalNik, nik) < 0 ? originalNik + "+" + nik : nik + "+" + originalNik);
                    }

                    if (!recent.TryGetValue(district, out var seen))
                    {
                        recent[district] = seen = [];
                    }

                    if (seen.Count < 5_000)
                    {
                        seen.Add((nik, name, male, birth, place));
                    }
                    else
                    {
                        seen[random.Next(seen.Count)] = (nik, name, male, birth, place);
                    }

                    m.StartRow();
                    m.Write(member++, NpgsqlDbType.Integer);
                    m.Write(Tenant);
                    m.Write(id, NpgsqlDbType.Integer);
                    m.Write(nik);
                    m.Write(name);
                    m.Write(IndonesianName.Normalize(name));
                    m.Write(place);
                    m.Write(birth, NpgsqlDbType.Date);
                    m.Write(male ? "Male" : "Female");
                    m.Write(i == 0 ? "Head" : i == 1 ? "Wife" : "Child");
                    m.Write("Petani");
                    m.Write(false);
                    m.Write(false);
                    m.Write(false);
                    m.Write("None");
                    m.Write(false);
                    m.Write(false);
                    m.Write(false);
                    m.WriteNull();
                    m.Write(now, NpgsqlDbType.TimestampTz);
                    m.Write(now, NpgsqlDbType.TimestampTz);
                    if (roll == 25)
                    {
                        sightings.Add((nik, name, birth, kk, village));
                    }
                }
            }

            await h.CompleteAsync();
            await m.CompleteAsync();
        }

        Execute(connectionString, $"ALTER TABLE \"PerlinsosMembers\" ADD CONSTRAINT \"{MembersHouseholdKey}\" FOREIGN KEY (\"HouseholdId\") " +
            "REFERENCES \"PerlinsosHouseholds\" (\"Id\") ON DELETE CASCADE");
        Execute(connectionString, "SELECT setval(pg_get_serial_sequence('\"PerlinsosHouseholds\"', 'Id'), (SELECT max(\"Id\") FROM \"PerlinsosHouseholds\"))");
        Execute(connectionString, "SELECT setval(pg_get_serial_sequence('\"PerlinsosMembers\"', 'Id'), (SELECT max(\"Id\") FROM \"PerlinsosMembers\"))");

        await using (var d = await connection.BeginBinaryImportAsync(
            "COPY \"PerlinsosDeathRecords\" (\"TenantId\", \"Nik\", \"Name\", \"NormalizedName\", \"DiedOn\", \"Source\", \"ImportedAt\") FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var (nik, name, died) in deaths.DistinctBy(x => x.Nik))
            {
                await d.WriteRowAsync(default, Tenant, nik, name, IndonesianName.Normalize(name), died, "bench", now);
            }

            await d.CompleteAsync();
        }

        await using (var s = await connection.BeginBinaryImportAsync(
            "COPY \"PerlinsosExclusionListEntries\" (\"TenantId\", \"List\", \"Nik\", \"Name\", \"NormalizedName\", \"BirthDate\", \"Source\", \"ImportedAt\") FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var (nik, name, birth) in staff.DistinctBy(x => x.Nik))
            {
                await s.WriteRowAsync(default, Tenant, "Asn", nik, name, IndonesianName.Normalize(name), birth, "bench", now);
            }

            await s.CompleteAsync();
        }

        await using (var s = await connection.BeginBinaryImportAsync(
            "COPY \"PerlinsosNikSightings\" (\"TenantId\", \"Nik\", \"Name\", \"NormalizedName\", \"BirthDate\", \"KkNumber\", \"VillageCode\", \"Source\", \"SeenAt\") FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var (nik, name, birth, kk, village) in sightings)
            {
                await s.WriteRowAsync(default, Tenant, nik, name, IndonesianName.Normalize(name), birth, kk, village, "bench", now);
            }

            await s.CompleteAsync();
        }

        return new Planted(households, duplicates, bad, mismatches, deaths.Count, staff.Count, plantedPairs);
    }

    /// <summary>The registered persons a duplicate is planted from: the kecamatan's, or (null) any kecamatan's.</summary>
    private static List<(string Nik, string Name, bool Male, DateOnly Birth, string Place)>? PlantingPool(
        Dictionary<string, List<(string Nik, string Name, bool Male, DateOnly Birth, string Place)>> recent, string? district, Random random) =>
        district is not null ? recent.GetValueOrDefault(district)
        : recent.Count == 0 ? null
        : recent.Values.ElementAt(random.Next(recent.Count));

    /// <summary>
    /// A KK number unique in the run and apart from the demo's: issued on the 29th–31st of a 31-day month (the demo
    /// issues on days 1–28), the counter spread over day, month, year and serial.
    /// </summary>
    private static string Kk(string district, int n)
    {
        int[] months = [1, 3, 5, 7, 8, 10, 12];
        var day = 29 + n % 3;
        var month = months[n / 3 % 7];
        var year = n / 21 % 30;
        var serial = n / 630 % 10_000;
        return district + day.ToString("00", CultureInfo.InvariantCulture) + month.ToString("00", CultureInfo.InvariantCulture)
            + year.ToString("00", CultureInfo.InvariantCulture) + serial.ToString("0000", CultureInfo.InvariantCulture);
    }

    private static async Task<NpgsqlBinaryImporter> OpenMembersCopyAsync(string connectionString)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return await connection.BeginBinaryImportAsync(
            "COPY \"PerlinsosMembers\" (\"Id\", \"TenantId\", \"HouseholdId\", \"Nik\", \"Name\", \"NormalizedName\", \"BirthPlace\", \"BirthDate\", \"Sex\", " +
            "\"Relationship\", \"Occupation\", \"IsAsn\", \"IsTniPolri\", \"IsVillageOfficial\", \"Disability\", \"ChronicIllness\", \"Pregnant\", \"IsDeceased\", " +
            "\"DeceasedOn\", \"RegisteredAt\", \"UpdatedAt\") FROM STDIN (FORMAT BINARY)");
    }

    private sealed record TrigramTiming(TimeSpan Index, TimeSpan Sample, long Pairs, TimeSpan Extrapolated);

    /// <summary>
    /// The obvious SQL alternative: a GIN trigram index on the normalised name and a self-join blocked by birth date
    /// with similarity above 0.6, for <paramref name="sample"/> left-hand rows (ids are random with respect to names
    /// and dates), extrapolated linearly to all rows.
    /// </summary>
    private static TrigramTiming Trigram(string connectionString, int sample, int persons)
    {
        Execute(connectionString, "CREATE EXTENSION IF NOT EXISTS pg_trgm");
        var watch = Stopwatch.StartNew();
        Execute(connectionString, "CREATE INDEX IF NOT EXISTS bench_members_trgm ON \"PerlinsosMembers\" USING gin (\"NormalizedName\" gin_trgm_ops)");
        Execute(connectionString, "CREATE INDEX IF NOT EXISTS bench_members_birth ON \"PerlinsosMembers\" (\"BirthDate\")");
        Execute(connectionString, "ANALYZE \"PerlinsosMembers\"");
        var index = watch.Elapsed;
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using (var set = new NpgsqlCommand("SET pg_trgm.similarity_threshold = 0.6", connection))
        {
            set.ExecuteNonQuery();
        }

        using var command = new NpgsqlCommand(
            "SELECT count(*) FROM \"PerlinsosMembers\" a JOIN \"PerlinsosMembers\" b ON b.\"BirthDate\" = a.\"BirthDate\" AND b.\"Id\" <> a.\"Id\" " +
            "AND b.\"NormalizedName\" % a.\"NormalizedName\" WHERE a.\"Id\" < @first + @sample AND a.\"TenantId\" = 'banyuwangi'", connection)
        { CommandTimeout = 0 };
        command.Parameters.AddWithValue("first", 1_000_000);
        command.Parameters.AddWithValue("sample", sample);
        watch.Restart();
        var pairs = (long)command.ExecuteScalar()!;
        var took = watch.Elapsed;
        // The baseline's indexes are not the product's: drop them, so that the import after is measured on the product's schema.
        Execute(connectionString, "DROP INDEX bench_members_trgm");
        Execute(connectionString, "DROP INDEX bench_members_birth");
        return new TrigramTiming(index, took, pairs, took * ((double)persons / sample));
    }

    /// <summary>A CSV of one row per member, checked and written through the import code (audited writes), timed.</summary>
    /// <param name="prefix">The first digit of the file's NIKs and KKs (not a real province): 9 on a fresh run; give another
    /// (--nik-prefix) each time a kept database is reused, so that the file brings new people again.</param>
    private static async Task ImportAsync(IServiceProvider services, int rows, List<string> villages, string connection, int prefix)
    {
        var people = new SyntheticPeople(62);
        var random = people.Random;
        var folder = Path.Combine(Path.GetTempPath(), "pamong-perlinsos-import");
        Directory.CreateDirectory(folder);
        var csv = Path.Combine(folder, "dtks.csv");
        var watch = Stopwatch.StartNew();
        await using (var writer = new StreamWriter(csv, false, new UTF8Encoding(false)))
        {
            await writer.WriteLineAsync("no_kk,kode_desa,rt,rw,alamat,desil,penghasilan_bulanan,daya_listrik,nik,nama,tempat_lahir,tanggal_lahir,jenis_kelamin,hubungan_keluarga,pekerjaan");
            var written = 0;
            var household = 0;
            while (written < rows)
            {
                household++;
                var village = villages[random.Next(villages.Count)];
                var district = village[..8].Replace(".", "", StringComparison.Ordinal);
                var kk = prefix + district[1..] + "020320" + (household % 10_000).ToString("0000", CultureInfo.InvariantCulture);
                kk = kk[..6] + (household / 10_000 % 28 + 1).ToString("00", CultureInfo.InvariantCulture) + "0399" + kk[12..];
                for (var i = 0; i < 1 + random.Next(5) && written < rows; i++, written++)
                {
                    var male = i == 0 || random.Next(2) == 0;
                    var birth = people.BirthDate(1945, 2020);
                    await writer.WriteLineAsync($"{kk},{village},001,002,Dusun Krajan,3,900000,900,{people.Nik(prefix + district[1..], birth, male)},{people.Name(male).Name},Banyuwangi,{birth:yyyy-MM-dd},{(male ? "L" : "P")},{(i == 0 ? "Kepala Keluarga" : "Anak")},Petani");
                }
            }
        }

        Console.WriteLine($"import file: {rows:N0} rows, {new FileInfo(csv).Length / 1_048_576.0:0} MB, written in {watch.Elapsed.TotalSeconds:0.0} s");
        using var scope = services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentTenant>().Set(Tenant);
        var http = scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>();
        var user = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, "bench"), new Claim(ClaimTypes.Role, Roles.OpdOperator), new Claim(AccountClaims.GrantClaim, $"{Roles.OpdOperator}|1|35.10")], "bench"));
        http.HttpContext = new DefaultHttpContext { User = user, RequestServices = scope.ServiceProvider };
        var db = scope.ServiceProvider.GetRequiredService<PerlinsosDb>();
        var job = new PerlinsosJob { Kind = JobKind.HouseholdImport, Status = JobStatus.Queued, Mode = ImportMode.GoodRowsOnly, FileName = "dtks.csv", StartedBy = "bench", CreatedAt = DateTimeOffset.UtcNow };
        db.Jobs.Add(job);
        await db.SaveChangesAsync();
        await using (var file = File.OpenRead(csv))
        {
            await scope.ServiceProvider.GetRequiredService<ImportFiles>().SaveAsync(job, file, CancellationToken.None);
        }

        var work = scope.ServiceProvider.GetServices<IJobWork>().Single(w => w.Kind == JobKind.HouseholdImport);
        var wal = Wal(connection);
        watch.Restart();
        await work.CheckAsync(job, CancellationToken.None);
        var check = watch.Elapsed;
        watch.Restart();
        await work.WriteAsync(job, CancellationToken.None);
        var write = watch.Elapsed;
        Console.WriteLine($"import of {job.Total:N0} rows: check {check.TotalSeconds:0.0} s, write {write.TotalSeconds:0.0} s, total {(check + write).TotalSeconds:0.0} s " +
            $"({job.Created:N0} households created, {job.Bad:N0} bad rows, {job.Warned:N0} warnings)");
        var walAfter = Wal(connection);
        Console.WriteLine($"WAL written by the import: {(walAfter.Bytes - wal.Bytes) / 1_048_576:N0} MB, {walAfter.FullPages - wal.FullPages:N0} full-page images, " +
            $"{walAfter.Checkpoints - wal.Checkpoints} checkpoints");
        File.Delete(csv);
    }

    /// <summary>The server's WAL counters (PostgreSQL 14+): bytes, full-page images, checkpoints.</summary>
    private static (decimal Bytes, long FullPages, long Checkpoints) Wal(string connectionString)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(
            "SELECT wal_bytes, wal_fpi, (SELECT checkpoints_timed + checkpoints_req FROM pg_stat_bgwriter) FROM pg_stat_wal", connection);
        using var reader = command.ExecuteReader();
        reader.Read();
        return (reader.GetDecimal(0), reader.GetInt64(1), reader.GetInt64(2));
    }

    private static void Execute(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        command.ExecuteNonQuery();
    }
}

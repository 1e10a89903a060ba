using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;
using Pamong.SocialProtection.CekBansos;
using Pamong.SocialProtection.Names;

namespace Pamong.CekBansosBench;

/// <summary>
/// Writes PERSONS people of the demo Pemda into the Cek Bansos table by binary COPY, as an announcement would leave
/// it: every person one line for PKH-like program 1, one in five a second line for program 2; realistic names, NIKs
/// with Banyuwangi's districts and real birth dates. Drops the lookup index first and builds it again after. Keeps a
/// sample of (NIK, name as typed) for the load generator: 80 % right, 10 % wrong name, 10 % unknown NIK.
/// </summary>
internal static class Generator
{
    private const string Tenant = "banyuwangi";

    public static async Task<int> RunAsync(string connection, int persons, string samplePath)
    {
        var hasher = new NikHasher(Options.Create(new CekBansosOptions { LookupKey = Environment.GetEnvironmentVariable("Perlinsos__CekBansos__LookupKey") ?? new CekBansosOptions().LookupKey }));
        await using var db = new NpgsqlConnection(connection);
        await db.OpenAsync();
        var watch = Stopwatch.StartNew();
        await Execute(db, """DELETE FROM "PerlinsosCekBansos" WHERE "TenantId" = 'banyuwangi'; DROP INDEX IF EXISTS "IX_PerlinsosCekBansos_TenantId_NikHash"; DROP INDEX IF EXISTS "IX_PerlinsosCekBansos_ProgramId";""");
        var random = new Random(20261123);
        var sample = new List<string>();
        var announced = DateTime.UtcNow;
        var appealUntil = announced.AddDays(30);
        const string Outcomes1 = """[{"rule":"decile","passed":true,"seen":"2","threshold":"4"},{"rule":"required","passed":true,"seen":"SchoolAgeChild","threshold":"any:PregnantMember,ChildUnder6,SchoolAgeChild,SevereDisability,Elderly60"}]""";
        const string Outcomes2 = """[{"rule":"decile","passed":false,"seen":"6","threshold":"4"}]""";
        using (var copy = await db.BeginBinaryImportAsync("""COPY "PerlinsosCekBansos" ("TenantId","NikHash","NameKey","ProgramId","ProgramName","RunId","DecisionId","Period","VillageName","Status","OutcomesJson","AppealUntil") FROM STDIN (FORMAT BINARY)"""))
        {
            for (var i = 0; i < persons; i++)
            {
                var district = 1 + random.Next(25);
                var born = new DateOnly(1940, 1, 1).AddDays(random.Next(365 * 80));
                var female = random.Next(2) == 1;
                var nik = string.Create(CultureInfo.InvariantCulture, $"3510{district:00}{born.Day + (female ? 40 : 0):00}{born.Month:00}{born.Year % 100:00}{i % 10000:0000}");
                var name = Names.Person(random);
                var hash = hasher.Hash(Tenant, nik);
                var key = IndonesianName.Normalize(name);
                var selected = random.Next(3) > 0;
                Row(copy, hash, key, 1, "Program Keluarga Harapan", selected ? "Selected" : "NotEligible", selected ? Outcomes1 : Outcomes2, i, appealUntil);
                if (random.Next(5) == 0)
                {
                    Row(copy, hash, key, 2, "Program Sembako (BPNT)", "Selected", Outcomes1, i, appealUntil);
                }

                if (i % Math.Max(1, persons / 20000) == 0)
                {
                    var kind = random.Next(10);
                    sample.Add(kind switch
                    {
                        < 8 => $"{nik}\t{name.ToLowerInvariant()}",
                        8 => $"{nik}\t{Names.Person(random)}x",
                        _ => string.Create(CultureInfo.InvariantCulture, $"3510999999{i % 1000000:000000}\t{name}"),
                    });
                }

                if (i > 0 && i % 1_000_000 == 0)
                {
                    Console.WriteLine($"{i:N0} persons in {watch.Elapsed.TotalSeconds:F0} s");
                }
            }

            copy.Complete();
        }

        Console.WriteLine($"COPY of {persons:N0} persons: {watch.Elapsed.TotalSeconds:F0} s");
        var indexed = Stopwatch.StartNew();
        await Execute(db, """CREATE INDEX "IX_PerlinsosCekBansos_TenantId_NikHash" ON "PerlinsosCekBansos" ("TenantId", "NikHash"); CREATE INDEX "IX_PerlinsosCekBansos_ProgramId" ON "PerlinsosCekBansos" ("ProgramId"); ANALYZE "PerlinsosCekBansos";""");
        Console.WriteLine($"Index and analyze: {indexed.Elapsed.TotalSeconds:F0} s");
        await File.WriteAllLinesAsync(samplePath, sample);
        Console.WriteLine($"{sample.Count:N0} sample lookups written to {samplePath}");
        return 0;
    }

    private static void Row(NpgsqlBinaryImporter copy, string hash, string key, int program, string programName, string status, string outcomes, int decision, DateTime appealUntil)
    {
        copy.StartRow();
        copy.Write(Tenant, NpgsqlDbType.Varchar);
        copy.Write(hash, NpgsqlDbType.Varchar);
        copy.Write(key, NpgsqlDbType.Varchar);
        copy.Write(program, NpgsqlDbType.Integer);
        copy.Write(programName, NpgsqlDbType.Varchar);
        copy.Write(program, NpgsqlDbType.Integer);
        copy.Write((long)decision, NpgsqlDbType.Bigint);
        copy.Write("2026", NpgsqlDbType.Varchar);
        copy.Write("Kemiren", NpgsqlDbType.Varchar);
        copy.Write(status, NpgsqlDbType.Varchar);
        copy.Write(outcomes, NpgsqlDbType.Text);
        copy.Write(appealUntil, NpgsqlDbType.TimestampTz);
    }

    private static async Task Execute(NpgsqlConnection db, string sql)
    {
        await using var command = new NpgsqlCommand(sql, db) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }
}

using System.Diagnostics;
using System.Globalization;
using Npgsql;
using NpgsqlTypes;

namespace Pamong.ServiceBench;

/// <summary>
/// Writes a realistic history of public-service applications into a migrated Pamong database on PostgreSQL
/// with binary COPY: spread over the villages of the Pemda's regency (Banyuwangi: 217) and its published
/// services (the demo catalogue; a small benchmark catalogue when there is none), submitted on working hours
/// of three years, processed along each service's workflow steps with working-day durations around the
/// service's time limit (some late, some rejected or returned, the most recent still in process), with a
/// timeline event per step and a satisfaction survey for about a third of the completed ones; and the
/// dashboards' daily and monthly recaps of those applications (<see cref="RecapRows"/>), as the app keeps them.
/// </summary>
public static class HistoryGenerator
{
    private const string Tenant = "banyuwangi";

    private static readonly string[] GivenNames = ["Siti", "Ahmad", "Dewi", "Budi", "Nur", "Agus", "Sri", "Eko", "Rina", "Joko", "Wahyu", "Lestari", "Hendra", "Fitri", "Yusuf", "Ratna"];
    private static readonly string[] FamilyNames = ["Rahayu", "Santoso", "Wulandari", "Hidayat", "Purnomo", "Susanti", "Prasetyo", "Handayani", "Setiawan", "Kurniawan", "Maharani", "Saputra"];

    private static readonly string[] AgeBands = ["U20", "U30", "U40", "U50", "U60", "U60PLUS"];
    private static readonly string[] Educations = ["SD", "SMP", "SMA", "D3", "S1", "S2"];
    private static readonly string[] Occupations = ["PNS", "SWASTA", "WIRAUSAHA", "LAINNYA"];

    private sealed record Service(Guid Id, string Level, string? Owner, int TimeLimit, Guid Version, int Steps, double Weight);

    public static async Task<int> RunAsync(Arguments args)
    {
        // No command timeout: finishing a COPY of a million rows updates every index first.
        var connectionString = new NpgsqlConnectionStringBuilder(args.Required("connection")) { CommandTimeout = 0 }.ConnectionString;
        var count = args.Number("applications", 1_000_000);
        var surveyShare = args.Fraction("surveys", 0.3);
        var random = new Random(args.Number("seed", 2026));
        var end = DateOnly.Parse(args.Text("until", "2026-11-20"), CultureInfo.InvariantCulture);
        var start = end.AddYears(-3);

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var villages = await ListAsync(connection, """SELECT "Code" FROM "Regions" WHERE "Code" LIKE '35.10.__.____' ORDER BY "Code" """, r => r.GetString(0));
        if (villages.Count == 0)
        {
            throw new InvalidOperationException("No villages of 35.10 in the Regions table: start the app once (demo mode imports the regions).");
        }

        var services = await ServicesAsync(connection, random);
        await SubmitServiceAsync(connection);
        var holidays = (await ListAsync(connection, $"""SELECT "Date" FROM "PublicServicesHolidays" WHERE "TenantId" = '{Tenant}'""", r => DateOnly.FromDateTime(r.GetDateTime(0)))).ToHashSet();
        var days = new WorkingDays(holidays);
        Console.WriteLine($"generate: {count:N0} applications, {villages.Count} villages, {services.Count} services, {start:yyyy-MM-dd} … {end:yyyy-MM-dd}");

        // Busy villages get more applications (a rough population weight, fixed by the seed).
        var villageWeights = villages.Select(_ => 0.3 + random.NextDouble()).ToArray();
        var pickVillage = Picker(villageWeights);
        var pickService = Picker(services.Select(s => s.Weight).ToArray());
        var submitDays = Enumerable.Range(0, end.DayNumber - start.DayNumber + 1).Select(start.AddDays).ToArray();
        var dayWeights = submitDays.Select(d => days.IsWorkingDay(d) ? 1.0 : 0.08).ToArray();
        var pickDay = Picker(dayWeights);

        var watch = Stopwatch.StartNew();
        var serials = new Dictionary<int, long>();
        var recap = new RecapRows(days);
        long events = 0, surveys = 0;
        await using (var applications = await connection.BeginBinaryImportAsync("""
            COPY "PublicServicesApplications" ("Id", "TenantId", "Number", "ServiceId", "WorkflowVersionId", "ApplicantNik", "ApplicantName",
              "Channel", "VillageCode", "Status", "CurrentStep", "StepDueOn", "SubmittedAt", "CompletedAt", "AnswersJson", "Revision") FROM STDIN (FORMAT BINARY)
            """))
        {
            await using var timeline = new NpgsqlConnection(connectionString);
            await timeline.OpenAsync();
            await using var eventWriter = await timeline.BeginBinaryImportAsync("""
                COPY "PublicServicesApplicationEvents" ("Id", "TenantId", "ApplicationId", "At", "Action", "StepOrder", "ActorName", "Reason") FROM STDIN (FORMAT BINARY)
                """);
            await using var surveyConnection = new NpgsqlConnection(connectionString);
            await surveyConnection.OpenAsync();
            await using var surveyWriter = await surveyConnection.BeginBinaryImportAsync("""
                COPY "PublicServicesSurveyResponses" ("Id", "TenantId", "ApplicationId", "ServiceId", "UnitCode", "VillageCode", "Channel",
                  "U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9", "At", "Day", "AgeBand", "Sex", "Education", "Occupation") FROM STDIN (FORMAT BINARY)
                """);
            for (var i = 0; i < count; i++)
            {
                var service = services[pickService(random)];
                var village = villages[pickVillage(random)];
                var day = submitDays[pickDay(random)];
                var submitted = Wib(day, 7.5 + (random.NextDouble() * 8));
                var serial = serials[day.Year] = serials.GetValueOrDefault(day.Year) + 1;
                var id = Guid.NewGuid();

                // Working days to finish: around 60 % of the limit, one in eight late.
                var late = random.NextDouble() < 0.12;
                var needed = late ? service.TimeLimit + 1 + random.Next(Math.Max(2, service.TimeLimit))
                    : Math.Max(0, (int)Math.Round(service.TimeLimit * (0.2 + (random.NextDouble() * 0.8))));
                var finish = days.Add(day, needed);
                var age = end.DayNumber - day.DayNumber;
                var roll = random.NextDouble();
                var (status, step) = finish > end ? ("InProgress", 1 + random.Next(service.Steps))
                    : roll < 0.05 ? ("Rejected", 1 + random.Next(service.Steps))
                    : roll < 0.07 && age < 30 ? ("Returned", 1 + random.Next(service.Steps))
                    : ("Completed", service.Steps);
                DateTime? completedAt = status is "Completed" or "Rejected" ? Wib(finish, 8 + (random.NextDouble() * 7)) : null;
                if (completedAt < submitted)
                {
                    completedAt = submitted.AddMinutes(30 + random.Next(180));
                }

                recap.Count(day, service.Id, village, status, completedAt);
                var kecamatan = village[..8];
                var name = $"{GivenNames[random.Next(GivenNames.Length)]} {FamilyNames[random.Next(FamilyNames.Length)]}";
                var nik = $"{village[..2]}{village[3..5]}{village[6..8]}{random.Next(1, 29):D2}{random.Next(1, 13):D2}{random.Next(60, 100):D2}{random.Next(1, 9999):D4}";
                await applications.StartRowAsync();
                await applications.WriteAsync(id, NpgsqlDbType.Uuid);
                await applications.WriteAsync(Tenant, NpgsqlDbType.Varchar);
                await applications.WriteAsync(string.Create(CultureInfo.InvariantCulture, $"LYN-{day.Year:D4}-{serial:D6}"), NpgsqlDbType.Varchar);
                await applications.WriteAsync(service.Id, NpgsqlDbType.Uuid);
                await applications.WriteAsync(service.Version, NpgsqlDbType.Uuid);
                await applications.WriteAsync(nik, NpgsqlDbType.Varchar);
                await applications.WriteAsync(name, NpgsqlDbType.Varchar);
                await applications.WriteAsync(random.NextDouble() < 0.4 ? "Assisted" : "Online", NpgsqlDbType.Varchar);
                await applications.WriteAsync(village, NpgsqlDbType.Varchar);
                await applications.WriteAsync(status, NpgsqlDbType.Varchar);
                await applications.WriteAsync(step, NpgsqlDbType.Integer);
                if (status is "InProgress" or "Returned")
                {
                    await applications.WriteAsync(days.Add(day, Math.Max(1, service.TimeLimit / service.Steps) * step), NpgsqlDbType.Date);
                }
                else
                {
                    await applications.WriteNullAsync();
                }

                await applications.WriteAsync(submitted, NpgsqlDbType.TimestampTz);
                if (completedAt is { } done)
                {
                    await applications.WriteAsync(done, NpgsqlDbType.TimestampTz);
                }
                else
                {
                    await applications.WriteNullAsync();
                }

                await applications.WriteAsync("{}", NpgsqlDbType.Text);
                await applications.WriteAsync(1, NpgsqlDbType.Integer);

                // The timeline: submitted, an approval per finished step (spread between submission and the end), the outcome.
                var last = completedAt ?? Wib(end, 12);
                events += await EventAsync(eventWriter, id, submitted, "submitted", 0, name);
                var approvals = status == "Completed" ? service.Steps : step - 1;
                for (var s = 1; s <= approvals; s++)
                {
                    events += await EventAsync(eventWriter, id, submitted + ((last - submitted) * s / (approvals + 1.0)), "approved", s, "Petugas");
                }

                if (status is "Completed" or "Rejected" or "Returned")
                {
                    events += await EventAsync(eventWriter, id, last, status.ToLowerInvariant(), step, "Petugas",
                        status == "Completed" ? null : "Persyaratan belum lengkap.");
                }

                if (status == "Completed" && random.NextDouble() < surveyShare)
                {
                    surveys++;
                    var surveyDay = DateOnly.FromDateTime(completedAt!.Value.AddHours(7)).AddDays(random.Next(0, 4));
                    var mood = random.NextDouble();
                    await surveyWriter.StartRowAsync();
                    await surveyWriter.WriteAsync(Guid.NewGuid(), NpgsqlDbType.Uuid);
                    await surveyWriter.WriteAsync(Tenant, NpgsqlDbType.Varchar);
                    await surveyWriter.WriteAsync(id, NpgsqlDbType.Uuid);
                    await surveyWriter.WriteAsync(service.Id, NpgsqlDbType.Uuid);
                    await surveyWriter.WriteAsync(service.Level switch { "Opd" => service.Owner ?? "", "Kecamatan" => kecamatan, _ => village }, NpgsqlDbType.Varchar);
                    await surveyWriter.WriteAsync(village, NpgsqlDbType.Varchar);
                    await surveyWriter.WriteAsync(random.NextDouble() < 0.3 ? "Paper" : "Online", NpgsqlDbType.Varchar);
                    for (var e = 0; e < 9; e++)
                    {
                        // Mostly 3–4, late applications rate the time element (U3) lower.
                        var answer = mood < 0.1 ? random.Next(1, 4) : random.NextDouble() < 0.55 ? 3 : 4;
                        await surveyWriter.WriteAsync(e == 2 && late ? Math.Max(1, answer - 1) : answer, NpgsqlDbType.Integer);
                    }

                    await surveyWriter.WriteAsync(new DateTimeOffset(DateTime.SpecifyKind(surveyDay.ToDateTime(new TimeOnly(3, 0)), DateTimeKind.Utc)), NpgsqlDbType.TimestampTz);
                    await surveyWriter.WriteAsync(surveyDay, NpgsqlDbType.Date);
                    await surveyWriter.WriteAsync(AgeBands[random.Next(AgeBands.Length)], NpgsqlDbType.Varchar);
                    await surveyWriter.WriteAsync(random.NextDouble() < 0.5 ? "L" : "P", NpgsqlDbType.Varchar);
                    await surveyWriter.WriteAsync(Educations[random.Next(Educations.Length)], NpgsqlDbType.Varchar);
                    await surveyWriter.WriteAsync(Occupations[random.Next(Occupations.Length)], NpgsqlDbType.Varchar);
                }

                if ((i + 1) % 100_000 == 0)
                {
                    Console.WriteLine($"  {i + 1:N0} applications ({watch.Elapsed.TotalSeconds:0} s)");
                }
            }

            // The applications first: the events and surveys reference them, checked when their COPY ends.
            await applications.CompleteAsync();
            await eventWriter.CompleteAsync();
            await surveyWriter.CompleteAsync();
        }

        // Continue the number series after the history, so new submissions do not collide.
        foreach (var (year, last) in serials)
        {
            await ExecuteAsync(connection, $"""
                INSERT INTO "PublicServicesApplicationNumbers" ("TenantId", "Year", "Last") VALUES ('{Tenant}', {year}, {last})
                ON CONFLICT ("TenantId", "Year") DO UPDATE SET "Last" = GREATEST("PublicServicesApplicationNumbers"."Last", EXCLUDED."Last")
                """);
        }

        var recapRows = await recap.CopyAsync(connection, Tenant);
        var copied = watch.Elapsed;
        await ExecuteAsync(connection, """ANALYZE "PublicServicesApplications"; ANALYZE "PublicServicesApplicationEvents"; ANALYZE "PublicServicesSurveyResponses"; ANALYZE "PublicServicesDailyRecaps"; ANALYZE "PublicServicesMonthlyRecaps";""");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"generate: {count:N0} applications, {events:N0} events, {surveys:N0} surveys, {recapRows:N0} daily recap rows copied in {copied.TotalSeconds:0.0} s ({count / copied.TotalSeconds:N0} applications/s); analyzed in {(watch.Elapsed - copied).TotalSeconds:0.0} s"));
        return 0;
    }

    private static async Task<int> EventAsync(NpgsqlBinaryImporter writer, Guid application, DateTime at, string action, int step, string actor, string? reason = null)
    {
        await writer.StartRowAsync();
        await writer.WriteAsync(Guid.NewGuid(), NpgsqlDbType.Uuid);
        await writer.WriteAsync(Tenant, NpgsqlDbType.Varchar);
        await writer.WriteAsync(application, NpgsqlDbType.Uuid);
        await writer.WriteAsync(DateTime.SpecifyKind(at, DateTimeKind.Utc), NpgsqlDbType.TimestampTz);
        await writer.WriteAsync(action, NpgsqlDbType.Varchar);
        await writer.WriteAsync(step, NpgsqlDbType.Integer);
        await writer.WriteAsync(actor, NpgsqlDbType.Varchar);
        if (reason is null)
        {
            await writer.WriteNullAsync();
        }
        else
        {
            await writer.WriteAsync(reason, NpgsqlDbType.Varchar);
        }

        return 1;
    }

    /// <summary>The UTC instant of a WIB (UTC+7) time of day on a date.</summary>
    private static DateTime Wib(DateOnly day, double hours) =>
        DateTime.SpecifyKind(day.ToDateTime(TimeOnly.MinValue).AddHours(hours - 7), DateTimeKind.Utc);

    /// <summary>Draws an index with probability proportional to its weight.</summary>
    private static Func<Random, int> Picker(double[] weights)
    {
        var cumulative = new double[weights.Length];
        var sum = 0.0;
        for (var i = 0; i < weights.Length; i++)
        {
            cumulative[i] = sum += weights[i];
        }

        return random =>
        {
            var index = Array.BinarySearch(cumulative, random.NextDouble() * sum);
            return Math.Min(index < 0 ? ~index : index, weights.Length - 1);
        };
    }

    private static async Task<List<Service>> ServicesAsync(NpgsqlConnection connection, Random random)
    {
        var sql = $"""
            SELECT s."Id", s."Level", s."OwnerUnitCode", s."TimeLimitWorkingDays", v."Id", (SELECT COUNT(*) FROM "PublicServicesWorkflowSteps" st WHERE st."WorkflowVersionId" = v."Id")
            FROM "PublicServicesServices" s JOIN "PublicServicesWorkflowVersions" v ON v."ServiceId" = s."Id" AND v."IsCurrent"
            WHERE s."TenantId" = '{Tenant}' AND s."IsPublished" ORDER BY s."Code"
            """;
        var services = await ListAsync(connection, sql, r => new Service(r.GetGuid(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2),
            Math.Max(1, r.GetInt32(3)), r.GetGuid(4), Math.Max(1, (int)r.GetInt64(5)), 0));
        if (services.Count == 0)
        {
            services = await BenchCatalogueAsync(connection);
        }

        // A few services (letters from the desa, civil registry) carry most of the volume.
        return services.Select((s, i) => s with { Weight = 1.0 / (1 + (i * 0.35)) * (0.5 + random.NextDouble()) }).ToList();
    }

    /// <summary>Without a demo catalogue: 30 plain services (10 per level) with one to three steps.</summary>
    private static async Task<List<Service>> BenchCatalogueAsync(NpgsqlConnection connection)
    {
        var services = new List<Service>();
        var owners = new[] { "DISPENDUKCAPIL", "DINSOS", "DINKES", "DISDIK", "DPMPTSP" };
        for (var i = 0; i < 30; i++)
        {
            var level = i < 10 ? "Desa" : i < 20 ? "Kecamatan" : "Opd";
            var service = new Service(Guid.NewGuid(), level, level == "Opd" ? owners[i % owners.Length] : null, 1 + (i % 7) * 2, Guid.NewGuid(), 1 + (i % 3), 0);
            var now = DateTime.UtcNow;
            await ExecuteAsync(connection, $"""
                INSERT INTO "PublicServicesServices" ("Id", "TenantId", "Code", "Name", "Category", "Level", "OwnerUnitCode", "Summary", "LegalBasis", "Requirements",
                  "Procedure", "TimeLimitWorkingDays", "Fee", "Product", "ComplaintChannel", "IsPublished", "CreatedAt", "UpdatedAt")
                VALUES ('{service.Id}', '{Tenant}', 'bench-{i:D2}', 'Layanan Uji Beban {i + 1}', 'umum', '{level}', {(service.Owner is null ? "NULL" : $"'{service.Owner}'")},
                  '', '', 'KTP', 'Ajukan', {service.TimeLimit}, 0, 'Surat', '', TRUE, '{now:O}', '{now:O}');
                INSERT INTO "PublicServicesWorkflowVersions" ("Id", "TenantId", "ServiceId", "Number", "CreatedAt", "CreatedBy", "IsCurrent")
                VALUES ('{service.Version}', '{Tenant}', '{service.Id}', 1, '{now:O}', 'bench', TRUE);
                """);
            for (var s = 1; s <= service.Steps; s++)
            {
                var stepLevel = s == 1 ? "Desa" : s == 2 ? "Kecamatan" : "Opd";
                await ExecuteAsync(connection, $"""
                    INSERT INTO "PublicServicesWorkflowSteps" ("Id", "TenantId", "WorkflowVersionId", "Order", "Name", "Level", "Role", "UnitCode", "SlaWorkingDays", "AllowReturn", "AllowReject", "AllowBulkApprove")
                    VALUES ('{Guid.NewGuid()}', '{Tenant}', '{service.Version}', {s}, 'Langkah {s}', '{stepLevel}', '{stepLevel}Operator', {(stepLevel == "Opd" ? $"'{service.Owner ?? "DINSOS"}'" : "NULL")}, 1, TRUE, TRUE, FALSE)
                    """);
            }

            services.Add(service);
        }

        return services;
    }

    /// <summary>The service the submit-and-process run applies for: a desa letter, verified by the desa, approved by the kecamatan, no form fields.</summary>
    private static async Task SubmitServiceAsync(NpgsqlConnection connection)
    {
        var exists = await ListAsync(connection, $"""SELECT 1 FROM "PublicServicesServices" WHERE "TenantId" = '{Tenant}' AND "Code" = '{SubmitAndProcess.ServiceCode}'""", _ => 1);
        if (exists.Count > 0)
        {
            return;
        }

        var (service, version, now) = (Guid.NewGuid(), Guid.NewGuid(), DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        await ExecuteAsync(connection, $"""
            INSERT INTO "PublicServicesServices" ("Id", "TenantId", "Code", "Name", "Category", "Level", "Summary", "LegalBasis", "Requirements",
              "Procedure", "TimeLimitWorkingDays", "Fee", "Product", "ComplaintChannel", "IsPublished", "CreatedAt", "UpdatedAt")
            VALUES ('{service}', '{Tenant}', '{SubmitAndProcess.ServiceCode}', 'Surat Keterangan (uji beban)', 'umum', 'Desa', '', '', 'KTP',
              'Ajukan', 3, 0, 'Surat', '', TRUE, '{now}', '{now}');
            INSERT INTO "PublicServicesWorkflowVersions" ("Id", "TenantId", "ServiceId", "Number", "CreatedAt", "CreatedBy", "IsCurrent")
            VALUES ('{version}', '{Tenant}', '{service}', 1, '{now}', 'bench', TRUE);
            INSERT INTO "PublicServicesWorkflowSteps" ("Id", "TenantId", "WorkflowVersionId", "Order", "Name", "Level", "Role", "SlaWorkingDays", "AllowReturn", "AllowReject", "AllowBulkApprove")
            VALUES ('{Guid.NewGuid()}', '{Tenant}', '{version}', 1, 'Verifikasi desa', 'Desa', 'DesaOperator', 1, TRUE, TRUE, TRUE),
                   ('{Guid.NewGuid()}', '{Tenant}', '{version}', 2, 'Persetujuan kecamatan', 'Kecamatan', 'KecamatanOperator', 2, TRUE, TRUE, TRUE);
            """);
    }

    private static async Task<List<T>> ListAsync<T>(NpgsqlConnection connection, string sql, Func<NpgsqlDataReader, T> read)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var list = new List<T>();
        while (await reader.ReadAsync())
        {
            list.Add(read(reader));
        }

        return list;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
        await command.ExecuteNonQueryAsync();
    }
}

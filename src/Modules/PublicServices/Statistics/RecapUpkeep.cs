using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Pamong.PublicServices.Applications;
using Pamong.PublicServices.Data;

namespace Pamong.PublicServices.Statistics;

/// <summary>
/// Keeps the <see cref="DailyRecap"/> and <see cref="MonthlyRecap"/> in step with the applications. <see cref="PublicServicesDb"/> calls
/// <see cref="Changes"/> before every save (a submission, an approval, a return, a rejection, a resubmission,
/// a completion) and <see cref="ApplyAsync"/> once its rows are written and before its audit records are appended, inside the save's transaction: one upsert per daily and
/// monthly recap row that gained or lost an application. The working days of a completed application are looked up in the
/// working-day calendar in the same statement. <see cref="RebuildAsync"/> recomputes a Pemda's recap from its
/// applications (when the calendar is built or its holidays change).
/// </summary>
public static class RecapUpkeep
{
    /// <summary>Where an application is counted: its recap row, with the completion day to take the working days from.</summary>
    public sealed record Place(DateOnly Day, Guid ServiceId, string VillageCode, string Outcome, DateOnly? CompletedDay);

    /// <summary>What a save moves between recap rows: +1 where an application arrives, −1 where it leaves.</summary>
    public static IReadOnlyList<(Place Place, long Delta)> Changes(ChangeTracker tracker)
    {
        var deltas = new Dictionary<Place, long>();
        foreach (var entry in tracker.Entries<Application>())
        {
            var before = entry.State is EntityState.Modified or EntityState.Deleted ? PlaceOf(entry.OriginalValues) : null;
            var after = entry.State is EntityState.Modified or EntityState.Added ? PlaceOf(entry.CurrentValues) : null;
            if (before == after)
            {
                continue;
            }

            if (before is not null)
            {
                deltas[before] = deltas.GetValueOrDefault(before) - 1;
            }

            if (after is not null)
            {
                deltas[after] = deltas.GetValueOrDefault(after) + 1;
            }
        }

        return deltas.Where(d => d.Value != 0).OrderBy(d => d.Key.Day).ThenBy(d => d.Key.ServiceId).ThenBy(d => d.Key.VillageCode)
            .ThenBy(d => d.Key.Outcome, StringComparer.Ordinal).Select(d => (d.Key, d.Value)).ToList();
    }

    /// <summary>Adds a move to a daily recap row; the working days of a completed one from the calendar ({5}: the completion day).</summary>
    private const string DailySql = """
        INSERT INTO "PublicServicesDailyRecaps" ("TenantId", "Day", "ServiceId", "VillageCode", "Outcome", "WorkingDays", "Applications")
        VALUES ({0}, {1}, {2}, {3}, {4},
          COALESCE((SELECT c."Number" - s."Number" FROM "PublicServicesWorkdayNumbers" c, "PublicServicesWorkdayNumbers" s
                    WHERE c."TenantId" = {0} AND c."Day" = {5} AND s."TenantId" = {0} AND s."Day" = {1}), -1),
          {6})
        ON CONFLICT ("TenantId", "Day", "ServiceId", "VillageCode", "Outcome", "WorkingDays")
        DO UPDATE SET "Applications" = "PublicServicesDailyRecaps"."Applications" + excluded."Applications"
        """;

    /// <summary>The same move in the monthly recap ({7}: the first day of the month).</summary>
    private const string MonthlySql = """
        INSERT INTO "PublicServicesMonthlyRecaps" ("TenantId", "Month", "ServiceId", "VillageCode", "Outcome", "WorkingDays", "Applications")
        VALUES ({0}, {7}, {2}, {3}, {4},
          COALESCE((SELECT c."Number" - s."Number" FROM "PublicServicesWorkdayNumbers" c, "PublicServicesWorkdayNumbers" s
                    WHERE c."TenantId" = {0} AND c."Day" = {5} AND s."TenantId" = {0} AND s."Day" = {1}), -1),
          {6})
        ON CONFLICT ("TenantId", "Month", "ServiceId", "VillageCode", "Outcome", "WorkingDays")
        DO UPDATE SET "Applications" = "PublicServicesMonthlyRecaps"."Applications" + excluded."Applications"
        """;

    /// <summary>Writes the moves of a save (call inside its transaction; the moves are computed from the change tracker, so before or after the rows are written).</summary>
    public static async Task ApplyAsync(PublicServicesDb db, IReadOnlyList<(Place Place, long Delta)> changes, CancellationToken ct)
    {
        var postgres = IsPostgres(db);
        foreach (var (place, delta) in changes)
        {
            object serviceId = postgres ? place.ServiceId : place.ServiceId.ToString().ToUpperInvariant();
            // Without a completion day: a day before the calendar, so the lookup finds nothing (NoWorkingDays).
            var completed = place.CompletedDay ?? DateOnly.MinValue;
            object[] values = [db.TenantId, place.Day, serviceId, place.VillageCode, place.Outcome, completed, delta, new DateOnly(place.Day.Year, place.Day.Month, 1)];
            // Both rows in one round trip: the recap rows of a busy day are locked until the save commits.
            await db.Database.ExecuteSqlRawAsync(DailySql + ";\n" + MonthlySql, values, ct);
        }
    }

    /// <summary>Recomputes the current Pemda's recaps from its applications (call inside a transaction, with the calendar built).</summary>
    public static async Task RebuildAsync(PublicServicesDb db, CancellationToken ct)
    {
        var postgres = IsPostgres(db);
        if (postgres)
        {
            // Saves that move applications wait until the new recap is in place, so none of their moves is lost.
            await db.Database.ExecuteSqlRawAsync("""LOCK TABLE "PublicServicesDailyRecaps", "PublicServicesMonthlyRecaps" IN EXCLUSIVE MODE""", ct);
        }

        await db.Database.ExecuteSqlRawAsync("""DELETE FROM "PublicServicesDailyRecaps" WHERE "TenantId" = {0}""", [db.TenantId], ct);
        await db.Database.ExecuteSqlRawAsync("""DELETE FROM "PublicServicesMonthlyRecaps" WHERE "TenantId" = {0}""", [db.TenantId], ct);
        var rebuild = $"""
            INSERT INTO "PublicServicesDailyRecaps" ("TenantId", "Day", "ServiceId", "VillageCode", "Outcome", "WorkingDays", "Applications")
            SELECT a."TenantId", {WibDay("a.\"SubmittedAt\"", postgres)}, a."ServiceId", a."VillageCode",
                   CASE a."Status" WHEN 'Completed' THEN '{DailyRecap.Completed}' WHEN 'Rejected' THEN '{DailyRecap.Rejected}' ELSE '{DailyRecap.InProcess}' END,
                   CASE WHEN a."Status" = 'Completed' THEN COALESCE(wc."Number" - ws."Number", {NoDays}) ELSE {NoDays} END,
                   COUNT(*)
            FROM "PublicServicesApplications" a
            LEFT JOIN "PublicServicesWorkdayNumbers" ws ON ws."TenantId" = a."TenantId" AND ws."Day" = {WibDay("a.\"SubmittedAt\"", postgres)}
            LEFT JOIN "PublicServicesWorkdayNumbers" wc ON wc."TenantId" = a."TenantId" AND wc."Day" = {WibDay("a.\"CompletedAt\"", postgres)}
            WHERE a."TenantId" = {"{0}"}
            GROUP BY 1, 2, 3, 4, 5, 6
            """;
        await db.Database.ExecuteSqlRawAsync(rebuild, [db.TenantId], ct);
        var months = $"""
            INSERT INTO "PublicServicesMonthlyRecaps" ("TenantId", "Month", "ServiceId", "VillageCode", "Outcome", "WorkingDays", "Applications")
            SELECT "TenantId", {(postgres ? "date_trunc('month', \"Day\")::date" : "date(\"Day\", 'start of month')")}, "ServiceId", "VillageCode", "Outcome", "WorkingDays", SUM("Applications")
            FROM "PublicServicesDailyRecaps" WHERE "TenantId" = {"{0}"}
            GROUP BY 1, 2, 3, 4, 5, 6
            """;
        await db.Database.ExecuteSqlRawAsync(months, [db.TenantId], ct);
        if (postgres)
        {
            // Fresh statistics: without them the planner guesses one row and joins the services in a nested loop.
            await db.Database.ExecuteSqlRawAsync("""ANALYZE "PublicServicesDailyRecaps"; ANALYZE "PublicServicesMonthlyRecaps";""", ct);
        }
    }

    /// <summary>The WIB day of a UTC timestamp column (WIB is UTC+7 all year; a fixed offset is cheaper per row than a zone lookup).</summary>
    public static string WibDay(string column, bool postgres) =>
        postgres ? $"((({column}) AT TIME ZONE 'UTC') + interval '7 hours')::date" : $"date({column}, '+7 hours')";

    /// <summary>The WIB day of a UTC instant.</summary>
    public static DateOnly WibDay(DateTime utc) => DateOnly.FromDateTime(utc.AddHours(7));

    internal static bool IsPostgres(DbContext db) => db.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true;

    private static string NoDays => DailyRecap.NoWorkingDays.ToString(CultureInfo.InvariantCulture);

    private static Place PlaceOf(PropertyValues values)
    {
        var status = values.GetValue<ApplicationStatus>(nameof(Application.Status));
        var outcome = status switch
        {
            ApplicationStatus.Completed => DailyRecap.Completed,
            ApplicationStatus.Rejected => DailyRecap.Rejected,
            _ => DailyRecap.InProcess,
        };
        var completedAt = values.GetValue<DateTime?>(nameof(Application.CompletedAt));
        return new Place(WibDay(values.GetValue<DateTime>(nameof(Application.SubmittedAt))), values.GetValue<Guid>(nameof(Application.ServiceId)),
            values.GetValue<string>(nameof(Application.VillageCode)), outcome,
            outcome == DailyRecap.Completed && completedAt is { } done ? WibDay(done) : null);
    }
}

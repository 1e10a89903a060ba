using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Pamong.PublicServices.Data;

namespace Pamong.PublicServices.Statistics;

/// <summary>
/// Keeps the derived <see cref="WorkdayNumber"/> table of the current Pemda in step with its holiday
/// calendar, from <see cref="First"/> to <see cref="Last"/>, and with it the recaps (<see cref="DailyRecap"/>, <see cref="MonthlyRecap"/>, whose
/// working days it counts). The rows are derived data (like an index), so they are written in one transaction
/// with plain SQL and not audited; the holidays themselves are. Built at start-up (<see cref="CalendarAtStartup"/>)
/// and checked before every dashboard.
/// </summary>
public sealed class WorkdayCalendar(PublicServicesDb db, WorkdayCalendar.BuiltCalendars built, TimeProvider clock)
{
    public static readonly DateOnly First = new(2015, 1, 1);
    public static readonly DateOnly Last = new(2040, 12, 31);

    /// <summary>Per process (a singleton): which holiday list each Pemda's table was last seen built from.</summary>
    public sealed class BuiltCalendars
    {
        internal ConcurrentDictionary<string, string> ByTenant { get; } = new();

        /// <summary>One rebuild at a time in this process.</summary>
        internal SemaphoreSlim Gate { get; } = new(1, 1);
    }

    /// <summary>Builds the table when the holidays changed since it was last built (cheap otherwise: reads the holiday dates).</summary>
    public async Task EnsureAsync(CancellationToken ct)
    {
        var holidays = await db.Holidays.AsNoTracking().Select(h => h.Date).ToListAsync(ct);
        var fingerprint = Fingerprint(holidays);
        if (built.ByTenant.TryGetValue(db.TenantId, out var known) && known == fingerprint)
        {
            return;
        }

        await built.Gate.WaitAsync(ct);
        try
        {
            var stamp = await db.WorkdayCalendars.AsNoTracking().Select(s => s.Fingerprint).FirstOrDefaultAsync(ct);
            if (stamp != fingerprint)
            {
                await RebuildAsync(holidays.ToHashSet(), fingerprint, ct);
            }

            built.ByTenant[db.TenantId] = fingerprint;
        }
        finally
        {
            built.Gate.Release();
        }
    }

    /// <summary>Working-day numbers: day d gets the count of working days from <see cref="First"/> up to d.</summary>
    public static IEnumerable<(DateOnly Day, int Number)> Numbers(IReadOnlySet<DateOnly> holidays)
    {
        var number = 0;
        for (var day = First; day <= Last; day = day.AddDays(1))
        {
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !holidays.Contains(day))
            {
                number++;
            }

            yield return (day, number);
        }
    }

    private async Task RebuildAsync(HashSet<DateOnly> holidays, string fingerprint, CancellationToken ct)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var tenant = db.TenantId;
            await db.Database.ExecuteSqlAsync($"""DELETE FROM "PublicServicesWorkdayNumbers" WHERE "TenantId" = {tenant}""", ct);
            await db.Database.ExecuteSqlAsync($"""DELETE FROM "PublicServicesWorkdayCalendars" WHERE "TenantId" = {tenant}""", ct);
            foreach (var chunk in Numbers(holidays).Chunk(500))
            {
                var sql = new StringBuilder("""INSERT INTO "PublicServicesWorkdayNumbers" ("TenantId", "Day", "Number") VALUES """);
                var values = new List<object>();
                foreach (var (day, number) in chunk)
                {
                    sql.Append(values.Count == 0 ? "" : ", ").Append(System.Globalization.CultureInfo.InvariantCulture,
                        $"({{{values.Count}}}, {{{values.Count + 1}}}, {{{values.Count + 2}}})");
                    values.AddRange([tenant, day, number]);
                }

                await db.Database.ExecuteSqlRawAsync(sql.ToString(), values, ct);
            }

            await RecapUpkeep.RebuildAsync(db, ct);
            await db.Database.ExecuteSqlAsync(
                $"""INSERT INTO "PublicServicesWorkdayCalendars" ("TenantId", "Fingerprint", "BuiltAt") VALUES ({tenant}, {fingerprint}, {clock.GetUtcNow()})""", ct);
            await transaction.CommitAsync(ct);
        });
    }

    private static string Fingerprint(IEnumerable<DateOnly> holidays) =>
        Convert.ToHexString(SHA256.HashData(Encoding.ASCII.GetBytes(
            string.Join(',', holidays.Order().Select(d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))) + $"|{First}|{Last}")))[..32];
}

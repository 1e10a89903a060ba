using Npgsql;
using NpgsqlTypes;

namespace Pamong.ServiceBench;

/// <summary>
/// The dashboards' recaps ("PublicServicesDailyRecaps", "PublicServicesMonthlyRecaps") of the generated
/// applications, counted while they are generated and written with binary COPY: per WIB submission day, service, village, outcome
/// (Completed / Rejected / InProcess) and, for completed ones, the working days taken — the difference of the
/// working-day numbers the app's calendar gives the two days (working days since 2015-01-01, Monday–Friday
/// without the Pemda's holidays); the monthly rows are the daily ones summed per month. Added to any recap rows
/// already there (the app's own applications).
/// </summary>
public sealed class RecapRows(WorkingDays days)
{
    private static readonly DateOnly First = new(2015, 1, 1);

    private readonly Dictionary<(DateOnly Day, Guid Service, string Village, string Outcome, int WorkingDays), long> _rows = [];
    private readonly Dictionary<DateOnly, int> _numbers = [];

    public void Count(DateOnly submittedDay, Guid service, string village, string status, DateTime? completedAt)
    {
        var outcome = status switch { "Completed" => "Completed", "Rejected" => "Rejected", _ => "InProcess" };
        var workingDays = outcome == "Completed" && completedAt is { } done ? Number(DateOnly.FromDateTime(done.AddHours(7))) - Number(submittedDay) : -1;
        var key = (submittedDay, service, village, outcome, workingDays);
        _rows[key] = _rows.GetValueOrDefault(key) + 1;
    }

    /// <summary>Copies the daily and the monthly rows; returns how many daily rows.</summary>
    public async Task<int> CopyAsync(NpgsqlConnection connection, string tenant)
    {
        await CopyAsync(connection, tenant, "PublicServicesDailyRecaps", "Day", _rows);
        var months = _rows.GroupBy(r => (new DateOnly(r.Key.Day.Year, r.Key.Day.Month, 1), r.Key.Service, r.Key.Village, r.Key.Outcome, r.Key.WorkingDays))
            .ToDictionary(g => g.Key, g => g.Sum(r => r.Value));
        await CopyAsync(connection, tenant, "PublicServicesMonthlyRecaps", "Month", months);
        return _rows.Count;
    }

    private static async Task CopyAsync(NpgsqlConnection connection, string tenant, string table, string dayColumn,
        Dictionary<(DateOnly Day, Guid Service, string Village, string Outcome, int WorkingDays), long> rows)
    {
        await using (var create = new NpgsqlCommand($"""CREATE TEMP TABLE recap_copy (LIKE "{table}")""", connection))
        {
            await create.ExecuteNonQueryAsync();
        }

        await using (var writer = await connection.BeginBinaryImportAsync($"""
            COPY recap_copy ("TenantId", "{dayColumn}", "ServiceId", "VillageCode", "Outcome", "WorkingDays", "Applications") FROM STDIN (FORMAT BINARY)
            """))
        {
            foreach (var ((day, service, village, outcome, workingDays), applications) in rows)
            {
                await writer.StartRowAsync();
                await writer.WriteAsync(tenant, NpgsqlDbType.Varchar);
                await writer.WriteAsync(day, NpgsqlDbType.Date);
                await writer.WriteAsync(service, NpgsqlDbType.Uuid);
                await writer.WriteAsync(village, NpgsqlDbType.Varchar);
                await writer.WriteAsync(outcome, NpgsqlDbType.Varchar);
                await writer.WriteAsync(workingDays, NpgsqlDbType.Integer);
                await writer.WriteAsync(applications, NpgsqlDbType.Bigint);
            }

            await writer.CompleteAsync();
        }

        await using var merge = new NpgsqlCommand($"""
            INSERT INTO "{table}" ("TenantId", "{dayColumn}", "ServiceId", "VillageCode", "Outcome", "WorkingDays", "Applications")
            SELECT "TenantId", "{dayColumn}", "ServiceId", "VillageCode", "Outcome", "WorkingDays", "Applications" FROM recap_copy
            ON CONFLICT ("TenantId", "{dayColumn}", "ServiceId", "VillageCode", "Outcome", "WorkingDays")
            DO UPDATE SET "Applications" = "{table}"."Applications" + excluded."Applications";
            DROP TABLE recap_copy;
            """, connection) { CommandTimeout = 600 };
        await merge.ExecuteNonQueryAsync();
    }

    /// <summary>The working-day number of a day, as the app's calendar counts it.</summary>
    private int Number(DateOnly day)
    {
        if (_numbers.Count == 0)
        {
            var number = 0;
            for (var d = First; d <= new DateOnly(2040, 12, 31); d = d.AddDays(1))
            {
                number += days.IsWorkingDay(d) ? 1 : 0;
                _numbers[d] = number;
            }
        }

        return _numbers[day];
    }
}

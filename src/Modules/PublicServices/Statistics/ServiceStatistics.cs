using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Pamong.Platform.Data;
using Pamong.PublicServices.Catalogue;
using Pamong.PublicServices.Data;

namespace Pamong.PublicServices.Statistics;

/// <summary>
/// The dashboard numbers, aggregated in the database in two GROUP BY queries (applications; surveys), so
/// that the cost does not grow with what is sent back: one row per group × distinct completion time in
/// working days × outcome. Percentiles are read from that histogram (<see cref="Percentile"/>), which is
/// exact and the same on SQLite and PostgreSQL. The applications are read from the <see cref="DailyRecap"/>
/// (kept in step with every save; its working days come from the derived <see cref="WorkdayNumber"/> table),
/// not scanned: the cost grows with days × services × villages, not with the number of applications.
/// </summary>
public sealed class ServiceStatistics(PublicServicesDb db, PamongDb platform, WorkdayCalendar calendar)
{
    public sealed record Report(Breakdown By, Period Period, IReadOnlyList<StatisticsRow> Rows, StatisticsRow Total);

    public async Task<Report> ForAsync(Breakdown by, Period period, StatisticsScope scope, CancellationToken ct)
    {
        await calendar.EnsureAsync(ct);
        var services = await db.Services.AsNoTracking().ToDictionaryAsync(s => s.Id, ct);
        var applications = scope.Nowhere ? [] : await ApplicationRowsAsync(by, period, scope, ct);
        var surveys = scope.Nowhere ? [] : await SurveyRowsAsync(by, period, scope, ct);
        var names = await NamesAsync(by, applications.Select(a => a.Key).Concat(surveys.Keys).Distinct().ToList(), services, ct);

        var rows = applications.GroupBy(a => a.Key).Select(g => Row(g.Key, names, g.ToList(), surveys.GetValueOrDefault(g.Key)))
            .Concat(surveys.Keys.Except(applications.Select(a => a.Key)).Select(k => Row(k, names, [], surveys[k])))
            .OrderByDescending(r => r.Submitted).ThenBy(r => r.Name, StringComparer.CurrentCulture).ToList();
        var totalSurvey = surveys.Values.Aggregate(new SurveyTotals(0, new long[9]), (sum, s) => sum.Add(s));
        var total = Row("", new Dictionary<string, string> { [""] = "Total" }, applications, totalSurvey);
        return new Report(by, period, rows, total);
    }

    private sealed record ApplicationCount(string Key, int? Days, string Status, long Count, long Within);

    private sealed record SurveyTotals(int Respondents, long[] Sums)
    {
        public SurveyTotals Add(SurveyTotals other) => new(Respondents + other.Respondents, Sums.Zip(other.Sums, (a, b) => a + b).ToArray());
    }

    private static StatisticsRow Row(string key, IReadOnlyDictionary<string, string> names, IReadOnlyList<ApplicationCount> counts, SurveyTotals? survey)
    {
        var completed = counts.Where(c => c.Status == "Completed").ToList();
        var histogram = completed.Where(c => c.Days is not null).GroupBy(c => c.Days!.Value).Select(g => (g.Key, g.Sum(c => c.Count))).ToList();
        var index = survey is { Respondents: > 0 } ? Satisfaction.Ikm.FromTotals(survey.Respondents, survey.Sums) : null;
        return new StatisticsRow(key, names.GetValueOrDefault(key, key),
            counts.Sum(c => c.Count), completed.Sum(c => c.Count), counts.Where(c => c.Status == "Rejected").Sum(c => c.Count),
            counts.Where(c => c.Status is not ("Completed" or "Rejected")).Sum(c => c.Count), completed.Sum(c => c.Within),
            Percentile.Of(histogram, 0.5), Percentile.Of(histogram, 0.9),
            survey?.Respondents ?? 0, index?.PublishedIndex, index?.PublishedConverted, index?.Grade);
    }

    private bool Postgres => RecapUpkeep.IsPostgres(db);

    private string KeyOf(Breakdown by, string alias) => by switch
    {
        Breakdown.Service => Postgres ? $"{alias}.\"ServiceId\"::text" : $"{alias}.\"ServiceId\"",
        Breakdown.Desa => $"{alias}.\"VillageCode\"",
        Breakdown.Kecamatan => $"substr({alias}.\"VillageCode\", 1, 8)",
        _ => "s.\"OwnerUnitCode\"",
    };

    /// <summary>
    /// The application histogram of the period, from the recaps (rows per service, village, outcome and working
    /// days): the monthly rows of its whole months and the daily rows of the days before and after them.
    /// </summary>
    private async Task<List<ApplicationCount>> ApplicationRowsAsync(Breakdown by, Period period, StatisticsScope scope, CancellationToken ct)
    {
        var sql = new StringBuilder($"""
            SELECT {KeyOf(by, "d")} AS k,
                   CASE WHEN d."Outcome" = 'Completed' AND d."WorkingDays" <> {NoDays} THEN d."WorkingDays" END AS days,
                   d."Outcome" AS status,
                   SUM(d."Applications") AS n,
                   SUM(CASE WHEN d."Outcome" = 'Completed' AND d."WorkingDays" <> {NoDays} AND d."WorkingDays" <= s."TimeLimitWorkingDays" THEN d."Applications" ELSE 0 END) AS within
            FROM (SELECT "ServiceId", "VillageCode", "Outcome", "WorkingDays", "Applications" FROM "PublicServicesMonthlyRecaps"
                  WHERE "TenantId" = @tenant AND "Month" >= @monthsFrom AND "Month" < @monthsUntil AND "Applications" > 0
                  UNION ALL
                  SELECT "ServiceId", "VillageCode", "Outcome", "WorkingDays", "Applications" FROM "PublicServicesDailyRecaps"
                  WHERE "TenantId" = @tenant AND (("Day" >= @from AND "Day" < @monthsFrom) OR ("Day" >= @monthsUntil AND "Day" <= @to)) AND "Applications" > 0) d
            JOIN "PublicServicesServices" s ON s."Id" = d."ServiceId"
            WHERE 1 = 1
            """);
        var (monthsFrom, monthsUntil) = period.WholeMonths;
        var parameters = new List<(string, object)>
        {
            ("tenant", db.TenantId), ("from", Day(period.From)), ("to", Day(period.To)), ("monthsFrom", Day(monthsFrom)), ("monthsUntil", Day(monthsUntil)),
        };
        Restrict(sql, parameters, by, scope, "d");
        sql.Append(" GROUP BY 1, 2, 3");

        var rows = new List<ApplicationCount>();
        await QueryAsync(sql.ToString(), parameters, reader => rows.Add(new ApplicationCount(
            KeyText(reader.GetValue(0)), reader.IsDBNull(1) ? null : Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture),
            reader.GetString(2), Convert.ToInt64(reader.GetValue(3), CultureInfo.InvariantCulture), Convert.ToInt64(reader.GetValue(4), CultureInfo.InvariantCulture))), ct);
        return rows;
    }

    private static string NoDays => DailyRecap.NoWorkingDays.ToString(CultureInfo.InvariantCulture);

    /// <summary>A day as a parameter: a date on PostgreSQL, its ISO text on SQLite (how EF stores it there).</summary>
    private object Day(DateOnly day) => Postgres ? day : day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<Dictionary<string, SurveyTotals>> SurveyRowsAsync(Breakdown by, Period period, StatisticsScope scope, CancellationToken ct)
    {
        var sql = new StringBuilder($"""
            SELECT {KeyOf(by, "r")} AS k, COUNT(*) AS n,
                   SUM(r."U1"), SUM(r."U2"), SUM(r."U3"), SUM(r."U4"), SUM(r."U5"), SUM(r."U6"), SUM(r."U7"), SUM(r."U8"), SUM(r."U9")
            FROM "PublicServicesSurveyResponses" r
            JOIN "PublicServicesServices" s ON s."Id" = r."ServiceId"
            WHERE r."TenantId" = @tenant AND r."Day" >= @from AND r."Day" <= @to
            """);
        var parameters = new List<(string, object)> { ("tenant", db.TenantId), ("from", Day(period.From)), ("to", Day(period.To)) };
        Restrict(sql, parameters, by, scope, "r");
        sql.Append(" GROUP BY 1");

        var totals = new Dictionary<string, SurveyTotals>();
        await QueryAsync(sql.ToString(), parameters, reader =>
        {
            var sums = Enumerable.Range(2, 9).Select(i => Convert.ToInt64(reader.GetValue(i), CultureInfo.InvariantCulture)).ToArray();
            totals[KeyText(reader.GetValue(0))] = new SurveyTotals(Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture), sums);
        }, ct);
        return totals;
    }

    /// <summary>The scope's area and, for the OPD breakdown, only OPD services.</summary>
    private static void Restrict(StringBuilder sql, List<(string, object)> parameters, Breakdown by, StatisticsScope scope, string alias)
    {
        if (by == Breakdown.Opd)
        {
            sql.Append(" AND s.\"Level\" = 'Opd'");
        }

        if (scope.Everywhere)
        {
            return;
        }

        var any = new List<string>();
        foreach (var region in scope.Regions)
        {
            var n = parameters.Count;
            parameters.Add(($"p{n}", region));
            parameters.Add(($"p{n + 1}", region + ".%"));
            any.Add($"{alias}.\"VillageCode\" = @p{n} OR {alias}.\"VillageCode\" LIKE @p{n + 1}");
        }

        foreach (var unit in scope.OpdUnitCodes)
        {
            var n = parameters.Count;
            parameters.Add(($"p{n}", unit));
            any.Add($"s.\"OwnerUnitCode\" = @p{n}");
        }

        sql.Append(" AND (").AppendJoin(" OR ", any).Append(')');
    }

    private async Task QueryAsync(string sql, List<(string Name, object Value)> parameters, Action<DbDataReader> read, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(ct);
        }

        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            foreach (var (name, value) in parameters)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = value;
                command.Parameters.Add(parameter);
            }

            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                read(reader);
            }
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }
    }

    private static string KeyText(object value) => value switch
    {
        DBNull => "",
        Guid g => g.ToString(),
        string s when Guid.TryParse(s, out var g) => g.ToString(),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    private async Task<IReadOnlyDictionary<string, string>> NamesAsync(Breakdown by, List<string> keys, Dictionary<Guid, Service> services, CancellationToken ct)
    {
        if (by == Breakdown.Service)
        {
            return services.Values.ToDictionary(s => s.Id.ToString(), s => s.Name);
        }

        var units = await platform.OrganisationUnits.AsNoTracking().Where(u => keys.Contains(u.Code)).Select(u => new { u.Code, u.Name }).ToListAsync(ct);
        return units.ToDictionary(u => u.Code, u => u.Name);
    }
}

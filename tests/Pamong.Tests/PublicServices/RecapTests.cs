using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pamong.PublicServices.Applications;
using Pamong.PublicServices.Catalogue;
using Pamong.PublicServices.Statistics;
using Pamong.Tests.Infrastructure;
using Pamong.Tests.PublicServices.Applications;

namespace Pamong.Tests.PublicServices;

/// <summary>
/// The dashboards read the daily and monthly recaps; these tests compute the same numbers straight from the
/// applications (as the dashboards did before the recaps) and require them to be identical, for every breakdown,
/// periods with whole and partial months, and the areas of a desa and an OPD operator — after submissions,
/// approvals, a completion, a return and a rejection through the API. And the recap kept up save by save equals
/// the recap rebuilt from the applications.
/// </summary>
public abstract class RecapTests(PamongApp app)
{
    private static readonly string[] Periods =
    [
        "from=2019-03-01&to=2019-03-31", "from=2019-03-04&to=2019-03-04", "from=2019-02-15&to=2019-04-10", "from=2015-01-01&to=2030-12-31", "",
    ];

    [SkippableFact]
    public async Task Dashboards_from_the_recaps_equal_a_direct_count_of_the_applications_after_approvals_returns_and_rejections()
    {
        app.SkipIfUnavailable();
        await HistoryAsync();
        await ProcessedThroughTheApiAsync();

        var leader = app.Browser();
        await leader.SignInAsync("pimpinan");
        var desa = app.Browser();
        await desa.SignInAsync("desa");
        var opd = app.Browser();
        await opd.SignInAsync("opd");
        foreach (var period in Periods)
        {
            foreach (var by in new[] { Breakdown.Service, Breakdown.Opd, Breakdown.Kecamatan, Breakdown.Desa })
            {
                await SameAsync(leader, by, period, (_, _) => true);
                await SameAsync(desa, by, period, (a, _) => a.VillageCode == ServiceFixtures.Kemiren || a.VillageCode.StartsWith(ServiceFixtures.Kemiren + ".", StringComparison.Ordinal));
                await SameAsync(opd, by, period, (_, s) => s.OwnerUnitCode == "DINSOS");
            }
        }
    }

    [SkippableFact]
    public async Task The_recap_kept_save_by_save_equals_the_recap_rebuilt_from_the_applications()
    {
        app.SkipIfUnavailable();
        await HistoryAsync();
        await ProcessedThroughTheApiAsync();
        var kept = await RecapRowsAsync();
        Assert.NotEmpty(kept.Daily);

        await app.WithModule(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await RecapUpkeep.RebuildAsync(db, default);
            await transaction.CommitAsync();
            return 0;
        });
        var rebuilt = await RecapRowsAsync();
        Assert.Equal(rebuilt.Daily, kept.Daily);
        Assert.Equal(rebuilt.Monthly, kept.Monthly);
    }

    /// <summary>Applications of an OPD service and a desa service in February–April 2019 with assorted outcomes and working days.</summary>
    private async Task HistoryAsync()
    {
        var agency = await app.AddServiceAsync(ServiceLevel.Opd, owner: "DINSOS", timeLimit: 2);
        var village = await app.AddServiceAsync(ServiceLevel.Desa, timeLimit: 3);
        var day = new DateTime(2019, 2, 25, 2, 0, 0);
        for (var i = 0; i < 24; i++)
        {
            var submitted = day.AddDays(i * 2.3);
            var service = i % 3 == 0 ? agency : village;
            var where = i % 4 == 0 ? "35.10.01.2001" : ServiceFixtures.Kemiren;
            var outcome = i % 7 == 3 ? ApplicationStatus.Rejected : i % 7 == 5 ? ApplicationStatus.InProgress : ApplicationStatus.Completed;
            DateTime? completed = outcome == ApplicationStatus.Completed ? submitted.AddDays(i % 9).AddHours(i % 2 == 0 ? 19 : 1) : null;
            await app.AddApplicationAsync(service, outcome, submitted, completed, village: where);
        }
    }

    /// <summary>Four applications through the real API: one completed (desa, then kecamatan), one returned, one rejected, one waiting.</summary>
    private async Task ProcessedThroughTheApiAsync()
    {
        var code = await app.CreateServiceAsync();
        var warga = app.Browser();
        await warga.SignInAsync("warga");
        var numbers = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            numbers.Add(await app.ApplyAsWargaAsync(warga, code));
        }

        var desa = app.Browser();
        await desa.SignInAsync("desa");
        var kecamatan = app.Browser();
        await kecamatan.SignInAsync("kecamatan");
        Assert.Equal(HttpStatusCode.OK, (await desa.PostAsync($"/api/v1/applications/{numbers[0]}/approve", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await kecamatan.PostAsync($"/api/v1/applications/{numbers[0]}/approve", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await desa.PostAsJsonAsync($"/api/v1/applications/{numbers[1]}/return", new { reason = "Scan buram." })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await desa.PostAsJsonAsync($"/api/v1/applications/{numbers[2]}/reject", new { reason = "Bukan warga desa ini." })).StatusCode);
        Assert.Equal(ApplicationStatus.Completed, (await app.ApplicationAsync(numbers[0])).Status);
    }

    private async Task SameAsync(HttpClient client, Breakdown by, string period, Func<Application, Service, bool> inScope)
    {
        var body = await client.GetFromJsonAsync<JsonElement>($"/api/v1/services/statistics?by={by.Key()}&{period}");
        var expected = await DirectAsync(by, body.GetProperty("from").GetString()!, body.GetProperty("to").GetString()!, inScope);
        var rows = body.GetProperty("rows").EnumerateArray().Where(r => r.GetProperty("submitted").GetInt64() > 0)
            .ToDictionary(r => r.GetProperty("key").GetString()!, Numbers);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), rows.Keys.Order(StringComparer.Ordinal));
        foreach (var (key, numbers) in expected)
        {
            Assert.Equal(numbers, rows[key]);
        }

        Assert.Equal(expected.Values.Sum(n => n.Submitted), body.GetProperty("total").GetProperty("submitted").GetInt64());
    }

    private sealed record Counted(long Submitted, long Completed, long Rejected, long InProcess, long Within, double? Median, double? P90);

    private static Counted Numbers(JsonElement row) => new(
        row.GetProperty("submitted").GetInt64(), row.GetProperty("completed").GetInt64(), row.GetProperty("rejected").GetInt64(),
        row.GetProperty("inProcess").GetInt64(), row.GetProperty("completedWithinSla").GetInt64(), Rounded(row.GetProperty("medianWorkingDays")),
        Rounded(row.GetProperty("p90WorkingDays")));

    private static double? Rounded(JsonElement value) => value.ValueKind == JsonValueKind.Null ? null : Math.Round(value.GetDouble(), 9);

    /// <summary>The dashboard numbers counted from the applications themselves, with the working days of the Pemda's calendar.</summary>
    private async Task<Dictionary<string, Counted>> DirectAsync(Breakdown by, string from, string to, Func<Application, Service, bool> inScope) =>
        await app.WithModule(async db =>
        {
            var period = new Period(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture));
            var (start, end) = period.Instants;
            var services = await db.Services.AsNoTracking().ToDictionaryAsync(s => s.Id);
            var holidays = (await db.Holidays.AsNoTracking().Select(h => h.Date).ToListAsync()).ToHashSet();
            var numbers = WorkdayCalendar.Numbers(holidays).ToDictionary(n => n.Day, n => n.Number);
            var applications = (await db.Applications.AsNoTracking().ToListAsync())
                .Where(a => a.SubmittedAt >= start.UtcDateTime && a.SubmittedAt < end.UtcDateTime)
                .Where(a => inScope(a, services[a.ServiceId]) && (by != Breakdown.Opd || services[a.ServiceId].Level == ServiceLevel.Opd));
            return applications.GroupBy(a => by switch
            {
                Breakdown.Service => a.ServiceId.ToString(),
                Breakdown.Desa => a.VillageCode,
                Breakdown.Kecamatan => a.VillageCode[..Math.Min(8, a.VillageCode.Length)],
                _ => services[a.ServiceId].OwnerUnitCode ?? "",
            }).ToDictionary(g => g.Key, g =>
            {
                var completed = g.Where(a => a.Status == ApplicationStatus.Completed).ToList();
                var days = completed.Select(a => a.CompletedAt is { } done && numbers.TryGetValue(RecapUpkeep.WibDay(done), out var c) && numbers.TryGetValue(RecapUpkeep.WibDay(a.SubmittedAt), out var s) ? c - s : (int?)null)
                    .Zip(completed, (d, a) => (Days: d, Limit: services[a.ServiceId].TimeLimitWorkingDays)).ToList();
                var histogram = days.Where(d => d.Days is not null).GroupBy(d => d.Days!.Value).Select(h => (h.Key, (long)h.Count())).ToList();
                return new Counted(g.Count(), completed.Count, g.Count(a => a.Status == ApplicationStatus.Rejected),
                    g.Count(a => a.Status is not (ApplicationStatus.Completed or ApplicationStatus.Rejected)), days.Count(d => d.Days <= d.Limit),
                    Round(Percentile.Of(histogram, 0.5)), Round(Percentile.Of(histogram, 0.9)));
            });
        });

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 9) : null;

    private async Task<(List<string> Daily, List<string> Monthly)> RecapRowsAsync() =>
        await app.WithModule(async db =>
        {
            var daily = await db.DailyRecaps.AsNoTracking().Where(r => r.Applications != 0).ToListAsync();
            var monthly = await db.MonthlyRecaps.AsNoTracking().Where(r => r.Applications != 0).ToListAsync();
            return (daily.Select(r => $"{r.Day:yyyy-MM-dd} {r.ServiceId} {r.VillageCode} {r.Outcome} {r.WorkingDays} {r.Applications}").Order(StringComparer.Ordinal).ToList(),
                monthly.Select(r => $"{r.Month:yyyy-MM-dd} {r.ServiceId} {r.VillageCode} {r.Outcome} {r.WorkingDays} {r.Applications}").Order(StringComparer.Ordinal).ToList());
        });
}

[Collection(SqliteCollection.Name)]
public sealed class RecapTestsOnSqlite(SqliteApp app) : RecapTests(app);

[Collection(PostgresCollection.Name)]
public sealed class RecapTestsOnPostgres(PostgresApp app) : RecapTests(app);

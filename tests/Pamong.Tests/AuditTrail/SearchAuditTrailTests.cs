using Microsoft.Extensions.DependencyInjection;
using Pamong.Platform.AuditTrail;
using Pamong.Platform.Tenancy;
using Pamong.Platform.Web;
using Pamong.Tests.Infrastructure;

namespace Pamong.Tests.AuditTrail;

public abstract class SearchAuditTrailTests(PamongApp app)
{
    private async Task<Paged<AuditRecord>> Search(string tenant, AuditFilter filter, int page = 1, int size = 20)
    {
        Assert.Empty(filter.Validate());
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentTenant>().Set(tenant);
        return await scope.ServiceProvider.GetRequiredService<SearchAuditTrail>().RunAsync(filter, page, size);
    }

    private static string Sequences(Paged<AuditRecord> found) => string.Join(",", found.Items.Select(r => r.Sequence));

    /// <summary>Four events by two officers on two days (WIB), in a fresh tenant.</summary>
    private async Task<string> Events()
    {
        var tenant = TestChains.NewTenant();
        var start = app.Clock.GetUtcNow();
        try
        {
            async Task Add(DateTimeOffset at, string actor, string action, string subject, string id, string? reason, string? detail)
            {
                app.Clock.Set(at);
                await TestChains.InScope(app, tenant, async (db, log) =>
                {
                    log.Record(action, subject, id, reason, detail).ActorName = actor;
                    await db.SaveChangesAsync();
                });
            }

            // 22 Nov 23:30 WIB, 23 Nov 00:30 WIB, 23 Nov 10:00 WIB, 24 Nov 08:00 WIB
            await Add(new(2026, 11, 22, 16, 30, 0, TimeSpan.Zero), "Budi Santoso", "read-sensitive", "Citizen", "17", "Verifikasi bansos", null);
            await Add(new(2026, 11, 22, 17, 30, 0, TimeSpan.Zero), "Siti Rahayu", "updated", "Citizen", "17", null, """{"Address":"Jl. Merdeka 5"}""");
            await Add(new(2026, 11, 23, 3, 0, 0, TimeSpan.Zero), "Budi Santoso", "created", "OrganisationUnit", "4", null, """{"Name":"Kecamatan Giri"}""");
            await Add(new(2026, 11, 24, 1, 0, 0, TimeSpan.Zero), "siti rahayu", "exported", "AuditRecord", "1", null, null);
        }
        finally
        {
            app.Clock.Set(start);
        }

        return tenant;
    }

    [SkippableFact]
    public async Task Records_come_newest_first_one_page_at_a_time()
    {
        app.SkipIfUnavailable();
        var tenant = await TestChains.CreateAsync(app);

        var first = await Search(tenant, new AuditFilter(), page: 1, size: 3);
        var last = await Search(tenant, new AuditFilter(), page: 3, size: 3);

        Assert.Equal("7,6,5", Sequences(first));
        Assert.Equal((7, 3, true, false), (first.Total, first.PageCount, first.HasNext, first.HasPrevious));
        Assert.Equal("1", Sequences(last));
    }

    [SkippableFact]
    public async Task Date_range_covers_whole_days_in_WIB()
    {
        app.SkipIfUnavailable();
        var tenant = await Events();

        Assert.Equal("3,2", Sequences(await Search(tenant, new AuditFilter { From = "2026-11-23", To = "2026-11-23" })));
        Assert.Equal("1", Sequences(await Search(tenant, new AuditFilter { To = "2026-11-22" })));
        Assert.Equal("4", Sequences(await Search(tenant, new AuditFilter { From = "2026-11-24" })));
    }

    [SkippableFact]
    public async Task Actor_matches_part_of_the_name_ignoring_case()
    {
        app.SkipIfUnavailable();
        var tenant = await Events();
        Assert.Equal("4,2", Sequences(await Search(tenant, new AuditFilter { Actor = "SITI" })));
    }

    [SkippableFact]
    public async Task Action_subject_and_subject_id_match_exactly()
    {
        app.SkipIfUnavailable();
        var tenant = await Events();

        Assert.Equal("1", Sequences(await Search(tenant, new AuditFilter { Action = "read-sensitive" })));
        Assert.Equal("2,1", Sequences(await Search(tenant, new AuditFilter { Subject = "Citizen", SubjectId = "17" })));
        Assert.Empty((await Search(tenant, new AuditFilter { Subject = "Citiz" })).Items);
    }

    [SkippableFact]
    public async Task Keyword_is_searched_in_reasons_and_recorded_values()
    {
        app.SkipIfUnavailable();
        var tenant = await Events();

        Assert.Equal("2", Sequences(await Search(tenant, new AuditFilter { Q = "merdeka" })));
        Assert.Equal("1", Sequences(await Search(tenant, new AuditFilter { Q = "BANSOS" })));
        Assert.Equal("3", Sequences(await Search(tenant, new AuditFilter { Q = "giri", Actor = "budi" })));
    }

    [SkippableFact]
    public async Task Another_tenants_records_are_never_found()
    {
        app.SkipIfUnavailable();
        var mine = await Events();
        var theirs = await Events();
        Assert.All((await Search(mine, new AuditFilter())).Items, r => Assert.Equal(mine, r.TenantId));
        Assert.Equal(4, (await Search(theirs, new AuditFilter { Q = "e" })).Total);
    }

    [SkippableFact]
    public async Task Export_writes_the_filtered_records_oldest_first_and_records_the_export()
    {
        app.SkipIfUnavailable();
        var tenant = await Events();
        byte[]? csv = null;

        using (var scope = app.Services.CreateScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentTenant>().Set(tenant);
            (csv, var count) = await scope.ServiceProvider.GetRequiredService<ExportAuditTrail>().RunAsync(new AuditFilter { Subject = "Citizen" });
            Assert.Equal(2, count);
        }

        var text = System.Text.Encoding.UTF8.GetString(csv!);
        var lines = text.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("Waktu (WIB),Waktu (UTC),No. urut,Pelaku", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("2026-11-22 23:30:00,2026-11-22T16:30:00.000Z,1,Budi Santoso", lines[1], StringComparison.Ordinal);
        Assert.Contains("\"{\"\"Address\"\":\"\"Jl. Merdeka 5\"\"}\"", lines[2], StringComparison.Ordinal);

        var exported = await Search(tenant, new AuditFilter { Action = AuditActions.Exported, Subject = nameof(AuditRecord), SubjectId = null });
        var record = Assert.Single(exported.Items, r => r.Sequence == 5);
        Assert.Equal("""{"filter":{"subject":"Citizen"},"rows":2}""", record.After);
        Assert.True((await TestChains.VerifyAsync(app, tenant)).Valid);
    }

    [SkippableFact]
    public void Filter_problems_are_named_by_field()
    {
        app.SkipIfUnavailable();
        Assert.Equal("FilterDateInvalid", new AuditFilter { From = "23-11-2026" }.Validate()["from"]);
        Assert.Equal("FilterDateInvalid", new AuditFilter { To = "2026-02-30" }.Validate()["to"]);
        Assert.Equal("FilterRangeInvalid", new AuditFilter { From = "2026-11-24", To = "2026-11-23" }.Validate()["to"]);
        Assert.Equal("FilterTooLong", new AuditFilter { Q = new string('x', 201) }.Validate()["q"]);
        Assert.Empty(new AuditFilter { From = " 2026-11-23 ", To = "2026-11-23", Q = new string('x', 200) }.Validate());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SearchAuditTrailTestsOnSqlite(SqliteApp app) : SearchAuditTrailTests(app);

[Collection(PostgresCollection.Name)]
public sealed class SearchAuditTrailTestsOnPostgres(PostgresApp app) : SearchAuditTrailTests(app);

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pamong.Platform.AuditTrail;
using Pamong.Platform.Data;
using Pamong.Platform.Organisations;
using Pamong.Platform.Tenancy;
using Pamong.Tests.Infrastructure;

namespace Pamong.Tests.AuditTrail;

/// <summary>Builds audit chains in fresh tenants so that tests never see each other's records.</summary>
internal static class TestChains
{
    public static string NewTenant() => "uji-" + Guid.NewGuid().ToString("N")[..10];

    /// <summary>A chain of <paramref name="events"/> events plus one created and one updated organisation unit, saved over several units of work.</summary>
    public static async Task<string> CreateAsync(PamongApp app, int events = 5)
    {
        var tenant = NewTenant();
        for (var i = 1; i <= events; i++)
        {
            await InScope(app, tenant, async (db, log) =>
            {
                log.Record("test-event", "Uji", i.ToString(), detail: $$"""{"nomor":{{i}}}""");
                await db.SaveChangesAsync();
            });
        }

        await InScope(app, tenant, async (db, _) =>
        {
            var unit = new OrganisationUnit { Kind = UnitKind.Opd, Code = "DISKOMINFO", Name = "Dinas Komunikasi dan Informatika", RegionCode = "35.10" };
            db.OrganisationUnits.Add(unit);
            await db.SaveChangesAsync();
            unit.Name = "Dinas Kominfo";
            await db.SaveChangesAsync();
        });
        return tenant;
    }

    public static async Task InScope(PamongApp app, string tenant, Func<PamongDb, AuditLog, Task> work)
    {
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentTenant>().Set(tenant);
        await work(scope.ServiceProvider.GetRequiredService<PamongDb>(), scope.ServiceProvider.GetRequiredService<AuditLog>());
    }

    public static async Task<AuditRecord> RecordAt(PamongApp app, string tenant, long sequence) =>
        await app.WithDb(db => db.AuditRecords.AsNoTracking().SingleAsync(r => r.Sequence == sequence), tenant);

    public static async Task<ChainVerification> VerifyAsync(PamongApp app, string tenant, int batchSize = AuditVerifier.DefaultBatchSize)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync(tenant, batchSize, CancellationToken.None);
    }

    /// <summary>Runs SQL straight against the database, the way someone with database access would tamper.</summary>
    public static async Task TamperAsync(PamongApp app, FormattableString sql)
    {
        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<PamongDb>().Database.ExecuteSqlInterpolatedAsync(sql);
    }
}

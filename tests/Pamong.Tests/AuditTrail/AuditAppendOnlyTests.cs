using Microsoft.EntityFrameworkCore;
using Pamong.Platform.AuditTrail;
using Pamong.Tests.Infrastructure;

namespace Pamong.Tests.AuditTrail;

public abstract class AuditAppendOnlyTests(PamongApp app)
{
    [SkippableFact]
    public async Task Editing_an_audit_record_through_the_product_is_refused()
    {
        app.SkipIfUnavailable();
        var tenant = await TestChains.CreateAsync(app);

        await TestChains.InScope(app, tenant, async (db, _) =>
        {
            var record = await db.AuditRecords.SingleAsync(r => r.Sequence == 2);
            record.ActorName = "orang lain";
            await Assert.ThrowsAsync<AuditTrailIsAppendOnlyException>(() => db.SaveChangesAsync());
        });

        Assert.True((await TestChains.VerifyAsync(app, tenant)).Valid);
        Assert.NotEqual("orang lain", (await TestChains.RecordAt(app, tenant, 2)).ActorName);
    }

    [SkippableFact]
    public async Task Deleting_an_audit_record_through_the_product_is_refused()
    {
        app.SkipIfUnavailable();
        var tenant = await TestChains.CreateAsync(app);

        await TestChains.InScope(app, tenant, async (db, _) =>
        {
            db.AuditRecords.Remove(await db.AuditRecords.SingleAsync(r => r.Sequence == 3));
            await Assert.ThrowsAsync<AuditTrailIsAppendOnlyException>(() => db.SaveChangesAsync());
        });

        Assert.True((await TestChains.VerifyAsync(app, tenant)).Valid);
    }

    [SkippableFact]
    public async Task A_sensitive_read_needs_a_reason()
    {
        app.SkipIfUnavailable();
        await TestChains.InScope(app, TestChains.NewTenant(), (_, log) =>
        {
            Assert.Throws<ArgumentException>(() => log.RecordSensitiveRead("Citizen", "17", ""));
            Assert.Throws<ArgumentException>(() => log.RecordSensitiveRead("Citizen", "17", "   "));
            return Task.CompletedTask;
        });
    }

    [SkippableFact]
    public async Task A_sensitive_read_is_chained_with_its_reason()
    {
        app.SkipIfUnavailable();
        var tenant = TestChains.NewTenant();
        await TestChains.InScope(app, tenant, async (db, log) =>
        {
            log.RecordSensitiveRead("Citizen", "17", "  Verifikasi pengaduan no. 12  ");
            await db.SaveChangesAsync();
        });

        var record = await TestChains.RecordAt(app, tenant, 1);
        Assert.Equal((AuditActions.ReadSensitive, "Citizen", "17", "Verifikasi pengaduan no. 12"),
            (record.Action, record.Subject, record.SubjectId, record.Reason));
        Assert.True((await TestChains.VerifyAsync(app, tenant)).Valid);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AuditAppendOnlyTestsOnSqlite(SqliteApp app) : AuditAppendOnlyTests(app);

[Collection(PostgresCollection.Name)]
public sealed class AuditAppendOnlyTestsOnPostgres(PostgresApp app) : AuditAppendOnlyTests(app);

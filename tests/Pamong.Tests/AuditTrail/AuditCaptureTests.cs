using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pamong.Platform.AuditTrail;
using Pamong.Platform.Organisations;
using Pamong.Tests.Infrastructure;

namespace Pamong.Tests.AuditTrail;

public abstract class AuditCaptureTests(PamongApp app)
{
    [SkippableFact]
    public async Task A_created_row_is_recorded_with_its_database_generated_id()
    {
        app.SkipIfUnavailable();
        var tenant = TestChains.NewTenant();
        var unit = new OrganisationUnit { Kind = UnitKind.Kecamatan, Code = "35.10.16", Name = "Kecamatan Banyuwangi", RegionCode = "35.10.16" };
        await TestChains.InScope(app, tenant, async (db, _) =>
        {
            db.OrganisationUnits.Add(unit);
            await db.SaveChangesAsync();
        });

        var record = await TestChains.RecordAt(app, tenant, 1);
        Assert.True(unit.Id > 0);
        Assert.Equal((AuditActions.Created, nameof(OrganisationUnit), unit.Id.ToString()), (record.Action, record.Subject, record.SubjectId));
        Assert.Equal(unit.Id, JsonDocument.Parse(record.After!).RootElement.GetProperty("Id").GetInt32());
        Assert.Equal("Kecamatan", JsonDocument.Parse(record.After!).RootElement.GetProperty("Kind").GetString());
        Assert.Null(record.Before);
    }

    [SkippableFact]
    public async Task Changes_and_events_of_one_save_are_chained_together_changes_first()
    {
        app.SkipIfUnavailable();
        var tenant = TestChains.NewTenant();
        await TestChains.InScope(app, tenant, async (db, log) =>
        {
            log.Record("test-event", "Uji", "1");
            db.OrganisationUnits.Add(new OrganisationUnit { Kind = UnitKind.Opd, Code = "BAPPEDA", Name = "Bappeda", RegionCode = "35.10" });
            db.OrganisationUnits.Add(new OrganisationUnit { Kind = UnitKind.Opd, Code = "DINSOS", Name = "Dinas Sosial", RegionCode = "35.10" });
            Assert.Equal(5, await db.SaveChangesAsync());
            Assert.DoesNotContain(db.ChangeTracker.Entries(), e => e.State != EntityState.Unchanged);
        });

        var actions = await app.WithDb(db => db.AuditRecords.OrderBy(r => r.Sequence).Select(r => r.Action).ToListAsync(), tenant);
        Assert.Equal([AuditActions.Created, AuditActions.Created, "test-event"], actions);
        Assert.True((await TestChains.VerifyAsync(app, tenant)).Valid);
    }

    [SkippableFact]
    public async Task An_update_records_only_the_changed_values_and_a_delete_the_last_values()
    {
        app.SkipIfUnavailable();
        var tenant = TestChains.NewTenant();
        await TestChains.InScope(app, tenant, async (db, _) =>
        {
            var unit = new OrganisationUnit { Kind = UnitKind.Desa, Code = "35.10.16.2001", Name = "Desa Lama", RegionCode = "35.10.16.2001" };
            db.OrganisationUnits.Add(unit);
            await db.SaveChangesAsync();
            unit.Name = "Desa Baru";
            await db.SaveChangesAsync();
            db.OrganisationUnits.Remove(unit);
            await db.SaveChangesAsync();
        });

        var updated = await TestChains.RecordAt(app, tenant, 2);
        Assert.Equal(("""{"Name":"Desa Lama"}""", """{"Name":"Desa Baru"}"""), (updated.Before, updated.After));
        var deleted = await TestChains.RecordAt(app, tenant, 3);
        Assert.Equal((AuditActions.Deleted, updated.SubjectId, null), (deleted.Action, deleted.SubjectId, deleted.After));
        Assert.Contains("\"Name\":\"Desa Baru\"", deleted.Before, StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AuditCaptureTestsOnSqlite(SqliteApp app) : AuditCaptureTests(app);

[Collection(PostgresCollection.Name)]
public sealed class AuditCaptureTestsOnPostgres(PostgresApp app) : AuditCaptureTests(app);

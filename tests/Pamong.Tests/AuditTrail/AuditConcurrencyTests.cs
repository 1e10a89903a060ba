using Microsoft.EntityFrameworkCore;
using Pamong.Platform.AuditTrail;
using Pamong.Platform.Organisations;
using Pamong.Tests.Infrastructure;

namespace Pamong.Tests.AuditTrail;

/// <summary>Audited saves that run at the same time, fail half-way, or share a caller's transaction keep the chain whole.</summary>
public abstract class AuditConcurrencyTests(PamongApp app)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [SkippableFact]
    public async Task Parallel_saves_in_separate_units_of_work_chain_every_change_with_gapless_sequences()
    {
        app.SkipIfUnavailable();
        var tenant = TestChains.NewTenant();
        const int saves = 24;
        var units = Enumerable.Range(1, saves)
            .Select(i => new OrganisationUnit { Kind = UnitKind.Opd, Code = $"OPD{i:D2}", Name = $"Dinas {i}", RegionCode = "35.10" }).ToList();
        await Task.WhenAll(units.Select((unit, i) => Task.Run(() => TestChains.InScope(app, tenant, async (db, log) =>
        {
            log.Record("test-event", "Uji", i.ToString());
            db.OrganisationUnits.Add(unit);
            await db.SaveChangesAsync();
        })))).WaitAsync(Patience);

        var records = await app.WithDb(db => db.AuditRecords.AsNoTracking().OrderBy(r => r.Sequence).ToListAsync(), tenant);
        Assert.Equal(Enumerable.Range(1, 2 * saves).Select(i => (long)i), records.Select(r => r.Sequence));
        Assert.Equal(
            units.Select(u => u.Id.ToString()).Order(),
            records.Where(r => r.Action == AuditActions.Created && r.Subject == nameof(OrganisationUnit)).Select(r => r.SubjectId!).Order());
        var verification = await TestChains.VerifyAsync(app, tenant);
        Assert.True(verification.Valid);
        Assert.Equal(2 * saves, verification.Checked);
    }

    [SkippableFact]
    public async Task A_save_that_fails_writing_its_rows_leaves_no_audit_record_and_later_saves_go_on()
    {
        app.SkipIfUnavailable();
        var tenant = TestChains.NewTenant();
        await AddUnitAsync(tenant, "BAPPEDA");
        await Assert.ThrowsAsync<DbUpdateException>(() => TestChains.InScope(app, tenant, async (db, log) =>
        {
            log.Record("test-event", "Uji", "gagal");
            db.OrganisationUnits.Add(new OrganisationUnit { Kind = UnitKind.Opd, Code = "DINSOS", Name = "Dinas Sosial", RegionCode = "35.10" });
            db.OrganisationUnits.Add(new OrganisationUnit { Kind = UnitKind.Opd, Code = "BAPPEDA", Name = "Bappeda (dua kali)", RegionCode = "35.10" });
            await db.SaveChangesAsync();
        })).WaitAsync(Patience);

        await AddUnitAsync(tenant, "INSPEKTORAT").WaitAsync(Patience);
        var records = await app.WithDb(db => db.AuditRecords.AsNoTracking().OrderBy(r => r.Sequence).ToListAsync(), tenant);
        Assert.Equal([1L, 2L], records.Select(r => r.Sequence));
        Assert.DoesNotContain(records, r => r.Action == "test-event");
        Assert.Equal(["BAPPEDA", "INSPEKTORAT"], await app.WithDb(db => db.OrganisationUnits.OrderBy(u => u.Code).Select(u => u.Code).ToListAsync(), tenant));
        Assert.True((await TestChains.VerifyAsync(app, tenant)).Valid);
    }

    [SkippableFact]
    public async Task A_save_whose_audit_records_cannot_be_written_leaves_none_of_its_rows()
    {
        app.SkipIfUnavailable();
        Skip.If(app.Provider != "postgres", "SQLite does not enforce column lengths, so the audit insert cannot be made to fail this way.");
        var tenant = TestChains.NewTenant();
        await Assert.ThrowsAsync<DbUpdateException>(() => TestChains.InScope(app, tenant, async (db, log) =>
        {
            db.OrganisationUnits.Add(new OrganisationUnit { Kind = UnitKind.Opd, Code = "DINSOS", Name = "Dinas Sosial", RegionCode = "35.10" });
            log.Record(new string('x', 61), "Uji", "terlalu panjang");
            await db.SaveChangesAsync();
        })).WaitAsync(Patience);

        await AddUnitAsync(tenant, "INSPEKTORAT").WaitAsync(Patience);
        Assert.Equal(["INSPEKTORAT"], await app.WithDb(db => db.OrganisationUnits.Select(u => u.Code).ToListAsync(), tenant));
        Assert.Equal([1L], await app.WithDb(db => db.AuditRecords.Select(r => r.Sequence).ToListAsync(), tenant));
        Assert.True((await TestChains.VerifyAsync(app, tenant)).Valid);
    }

    [SkippableFact]
    public async Task A_save_that_fails_inside_a_callers_transaction_is_taken_back_out_and_the_transaction_goes_on()
    {
        app.SkipIfUnavailable();
        var tenant = TestChains.NewTenant();
        await TestChains.InScope(app, tenant, async (db, log) =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.OrganisationUnits.Add(new OrganisationUnit { Kind = UnitKind.Opd, Code = "BAPPEDA", Name = "Bappeda", RegionCode = "35.10" });
            await db.SaveChangesAsync();

            var duplicate = new OrganisationUnit { Kind = UnitKind.Opd, Code = "BAPPEDA", Name = "Bappeda (dua kali)", RegionCode = "35.10" };
            db.OrganisationUnits.Add(duplicate);
            log.Record("test-event", "Uji", "gagal");
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
            db.ChangeTracker.Clear();

            db.OrganisationUnits.Add(new OrganisationUnit { Kind = UnitKind.Opd, Code = "DINSOS", Name = "Dinas Sosial", RegionCode = "35.10" });
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }).WaitAsync(Patience);

        var records = await app.WithDb(db => db.AuditRecords.AsNoTracking().OrderBy(r => r.Sequence).ToListAsync(), tenant);
        Assert.Equal([1L, 2L], records.Select(r => r.Sequence));
        Assert.All(records, r => Assert.Equal(AuditActions.Created, r.Action));
        Assert.Equal(["BAPPEDA", "DINSOS"], await app.WithDb(db => db.OrganisationUnits.OrderBy(u => u.Code).Select(u => u.Code).ToListAsync(), tenant));
        Assert.True((await TestChains.VerifyAsync(app, tenant)).Valid);
    }

    [SkippableFact]
    public async Task A_save_waiting_for_a_callers_transaction_does_not_stop_that_transaction_from_saving_again_and_committing()
    {
        app.SkipIfUnavailable();
        var tenant = TestChains.NewTenant();
        Task? waiting = null;
        await TestChains.InScope(app, tenant, async (db, _) =>
        {
            // The caller's transaction appends first (on PostgreSQL it then holds the chain's lock until it commits;
            // on SQLite it holds the database's write lock).
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.OrganisationUnits.Add(new OrganisationUnit { Kind = UnitKind.Opd, Code = "BAPPEDA", Name = "Bappeda", RegionCode = "35.10" });
            await db.SaveChangesAsync();

            // Another unit of work saves meanwhile and has to wait for that transaction ...
            waiting = Task.Run(() => AddUnitAsync(tenant, "INSPEKTORAT"));
            await Task.Delay(TimeSpan.FromMilliseconds(500));
            Assert.False(waiting.IsCompleted);

            // ... which must still be able to save again and commit.
            db.OrganisationUnits.Add(new OrganisationUnit { Kind = UnitKind.Opd, Code = "DINSOS", Name = "Dinas Sosial", RegionCode = "35.10" });
            await db.SaveChangesAsync().WaitAsync(TimeSpan.FromSeconds(20));
            await transaction.CommitAsync();
        }).WaitAsync(Patience);
        await waiting!.WaitAsync(Patience);

        var subjects = await app.WithDb(db => db.AuditRecords.AsNoTracking().OrderBy(r => r.Sequence).Select(r => r.Sequence).ToListAsync(), tenant);
        Assert.Equal([1L, 2L, 3L], subjects);
        Assert.Equal(3, await app.WithDb(db => db.OrganisationUnits.CountAsync(), tenant));
        Assert.True((await TestChains.VerifyAsync(app, tenant)).Valid);
    }

    private Task AddUnitAsync(string tenant, string code) => TestChains.InScope(app, tenant, async (db, _) =>
    {
        db.OrganisationUnits.Add(new OrganisationUnit { Kind = UnitKind.Opd, Code = code, Name = code, RegionCode = "35.10" });
        await db.SaveChangesAsync();
    });
}

[Collection(SqliteCollection.Name)]
public sealed class AuditConcurrencyTestsOnSqlite(SqliteApp app) : AuditConcurrencyTests(app);

[Collection(PostgresCollection.Name)]
public sealed class AuditConcurrencyTestsOnPostgres(PostgresApp app) : AuditConcurrencyTests(app);

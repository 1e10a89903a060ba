using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pamong.Platform.Data;
using Pamong.Platform.Organisations;
using Pamong.Platform.Tenancy;
using Pamong.Tests.Infrastructure;

namespace Pamong.Tests.Tenancy;

public abstract class TenantScopingTests(PamongApp app)
{
    private async Task<string> NewTenantAsync()
    {
        var id = "t" + Guid.NewGuid().ToString("N")[..10];
        await app.WithDb(async db =>
        {
            db.Tenants.Add(new Tenant { Id = id, RegionCode = "62.07", Name = "Pemerintah Kabupaten Seruyan (uji)", CreatedAt = app.Clock.GetUtcNow() });
            await db.SaveChangesAsync();
            return 0;
        }, id);
        app.Services.GetRequiredService<TenantDirectory>().Refresh();
        return id;
    }

    [SkippableFact]
    public async Task Rows_of_another_tenant_are_invisible_to_every_query()
    {
        app.SkipIfUnavailable();
        var other = await NewTenantAsync();
        await app.WithDb(async db =>
        {
            db.OrganisationUnits.Add(new OrganisationUnit { Kind = UnitKind.Opd, Code = "RAHASIA-" + other, Name = "Dinas Lain", RegionCode = "62.07" });
            return await db.SaveChangesAsync();
        }, other);

        var seenByBanyuwangi = await app.WithDb(db => db.OrganisationUnits.AnyAsync(u => u.Code == "RAHASIA-" + other));
        var seenByOwner = await app.WithDb(db => db.OrganisationUnits.AnyAsync(u => u.Code == "RAHASIA-" + other), other);
        Assert.False(seenByBanyuwangi);
        Assert.True(seenByOwner);
    }

    [SkippableFact]
    public async Task New_rows_get_the_current_tenant_and_writing_another_tenants_row_is_refused()
    {
        app.SkipIfUnavailable();
        var other = await NewTenantAsync();
        var unit = await app.WithDb(async db =>
        {
            var u = new OrganisationUnit { Kind = UnitKind.Opd, Code = "DINAS-" + other, Name = "Dinas", RegionCode = "62.07" };
            db.OrganisationUnits.Add(u);
            await db.SaveChangesAsync();
            return u;
        }, other);
        Assert.Equal(other, unit.TenantId);

        await Assert.ThrowsAsync<CrossTenantWriteException>(() => app.WithDb(async db =>
        {
            db.OrganisationUnits.Attach(unit);
            unit.Name = "Diubah dari Banyuwangi";
            return await db.SaveChangesAsync();
        }));

        await Assert.ThrowsAsync<CrossTenantWriteException>(() => app.WithDb(async db =>
        {
            db.OrganisationUnits.Add(new OrganisationUnit { TenantId = other, Kind = UnitKind.Opd, Code = "SUSUPAN", Name = "x", RegionCode = "62.07" });
            return await db.SaveChangesAsync();
        }));
    }

    [SkippableFact]
    public async Task Every_change_is_chained_into_the_audit_trail_of_its_own_tenant()
    {
        app.SkipIfUnavailable();
        var other = await NewTenantAsync();
        await app.WithDb(async db =>
        {
            db.OrganisationUnits.Add(new OrganisationUnit { Kind = UnitKind.Opd, Code = "BAPPEDA", Name = "Bappeda", RegionCode = "62.07" });
            return await db.SaveChangesAsync();
        }, other);

        var chain = await app.WithDb(db => db.AuditRecords.OrderBy(r => r.Sequence).ToListAsync(), other);
        var created = Assert.Single(chain, r => r.Subject == nameof(OrganisationUnit));
        Assert.Equal("created", created.Action);
        Assert.Contains("Bappeda", created.After, StringComparison.Ordinal);
        Assert.Equal(1, chain[0].Sequence);
        for (var i = 1; i < chain.Count; i++)
        {
            Assert.Equal(chain[i - 1].Hash, chain[i].PreviousHash);
        }
    }
}

[Collection(SqliteCollection.Name)]
public sealed class TenantScopingTestsOnSqlite(SqliteApp app) : TenantScopingTests(app);

[Collection(PostgresCollection.Name)]
public sealed class TenantScopingTestsOnPostgres(PostgresApp app) : TenantScopingTests(app);

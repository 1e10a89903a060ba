using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pamong.Platform.Tenancy;
using Pamong.SpbeAssessment.Data;
using Pamong.SpbeAssessment.Periods;
using Pamong.Tests.Infrastructure;

namespace Pamong.Tests.SpbeAssessment;

/// <summary>A module's own context: its own migrations, the tenant filter and the shared audit chain.</summary>
public abstract class SpbeDbTests(PamongApp app)
{
    private async Task<T> WithSpbe<T>(Func<SpbeDb, Task<T>> work, string tenant = "banyuwangi")
    {
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentTenant>().Set(tenant);
        return await work(scope.ServiceProvider.GetRequiredService<SpbeDb>());
    }

    [SkippableFact]
    public async Task A_module_row_is_scoped_to_its_tenant_and_chained_into_the_platform_audit_trail()
    {
        app.SkipIfUnavailable();
        var year = 1900 + Random.Shared.Next(100);
        var other = "m" + Guid.NewGuid().ToString("N")[..8];
        var period = await WithSpbe(async db =>
        {
            var p = new AssessmentPeriod { Year = year, InstrumentId = "permenpanrb-59-2020", CreatedAt = DateTime.UtcNow };
            db.Periods.Add(p);
            await db.SaveChangesAsync();
            return p;
        }, other);

        Assert.Equal(other, period.TenantId);
        Assert.False(await WithSpbe(db => db.Periods.AnyAsync(p => p.Id == period.Id)));
        var record = await app.WithDb(db => db.AuditRecords.SingleAsync(r => r.Subject == nameof(AssessmentPeriod)), other);
        Assert.Equal("created", record.Action);
        Assert.Equal(period.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), record.SubjectId);
        Assert.Equal(1, record.Sequence);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SpbeDbTestsOnSqlite(SqliteApp app) : SpbeDbTests(app);

[Collection(PostgresCollection.Name)]
public sealed class SpbeDbTestsOnPostgres(PostgresApp app) : SpbeDbTests(app);

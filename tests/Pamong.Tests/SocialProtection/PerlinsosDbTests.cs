using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pamong.Platform.Tenancy;
using Pamong.SocialProtection.Data;
using Pamong.Tests.Infrastructure;

namespace Pamong.Tests.SocialProtection;

/// <summary>The module's own context is migrated on both engines, with its own history table.</summary>
public abstract class PerlinsosDbTests(PamongApp app)
{
    [SkippableFact]
    public async Task Every_perlinsos_table_exists_and_can_be_queried()
    {
        app.SkipIfUnavailable();
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentTenant>().Set("banyuwangi");
        var db = scope.ServiceProvider.GetRequiredService<PerlinsosDb>();
        var tables = db.Model.GetEntityTypes().Select(e => e.GetTableName()).Where(t => t is not null && t.StartsWith("Perlinsos", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            [
                "PerlinsosAppeals", "PerlinsosBenefitComponents", "PerlinsosCekBansos", "PerlinsosConsents", "PerlinsosDataQualityFindings", "PerlinsosDeathRecords",
                "PerlinsosDistributionCycles", "PerlinsosExclusionListEntries", "PerlinsosHandOvers", "PerlinsosHouseholds", "PerlinsosJobs", "PerlinsosMaskingRules",
                "PerlinsosMembers", "PerlinsosNikSightings", "PerlinsosPrograms", "PerlinsosProposals", "PerlinsosTargetingDecisions", "PerlinsosTargetingRuns",
                "PerlinsosVillageQuotas",
            ],
            tables.Order(StringComparer.Ordinal));
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        await db.Households.CountAsync();
        await db.Members.CountAsync();
        await db.Consents.CountAsync();
        await db.NikSightings.CountAsync();
        await db.DeathRecords.CountAsync();
        await db.ExclusionListEntries.CountAsync();
        await db.Findings.CountAsync();
        await db.Jobs.CountAsync();
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PerlinsosDbTestsOnSqlite(SqliteApp app) : PerlinsosDbTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PerlinsosDbTestsOnPostgres(PostgresApp app) : PerlinsosDbTests(app);

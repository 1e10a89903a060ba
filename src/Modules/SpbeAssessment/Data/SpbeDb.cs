using Microsoft.EntityFrameworkCore;
using Pamong.Platform.AuditTrail;
using Pamong.Platform.Data;
using Pamong.Platform.Tenancy;
using Pamong.SpbeAssessment.Periods;

namespace Pamong.SpbeAssessment.Data;

/// <summary>The SPBE module's own tables (prefixed "Spbe"), scoped per Pemda and audited.</summary>
public abstract class SpbeDb(DbContextOptions options, CurrentTenant tenant, AuditActor actor, TimeProvider clock)
    : ModuleDb(options, tenant, actor, clock)
{
    public DbSet<AssessmentPeriod> Periods => Set<AssessmentPeriod>();

    protected override void ConfigureModule(ModelBuilder builder) =>
        builder.ApplyConfigurationsFromAssembly(typeof(SpbeDb).Assembly);
}

public sealed class SpbeSqliteDb(DbContextOptions<SpbeSqliteDb> options, CurrentTenant tenant, AuditActor actor, TimeProvider clock)
    : SpbeDb(options, tenant, actor, clock);

public sealed class SpbePostgresDb(DbContextOptions<SpbePostgresDb> options, CurrentTenant tenant, AuditActor actor, TimeProvider clock)
    : SpbeDb(options, tenant, actor, clock);

using Microsoft.EntityFrameworkCore;
using Pamong.Platform.AuditTrail;
using Pamong.Platform.Data;
using Pamong.Platform.Tenancy;
using Pamong.SpbeAssessment.Evidence;
using Pamong.SpbeAssessment.Indicators;
using Pamong.SpbeAssessment.Instruments;
using Pamong.SpbeAssessment.Official;
using Pamong.SpbeAssessment.Periods;
using Pamong.SpbeAssessment.Targets;

namespace Pamong.SpbeAssessment.Data;

/// <summary>The SPBE module's own tables (prefixed "Spbe"), scoped per Pemda and audited.</summary>
public abstract class SpbeDb(DbContextOptions options, CurrentTenant tenant, AuditActor actor, TimeProvider clock)
    : ModuleDb(options, tenant, actor, clock)
{
    public DbSet<AssessmentPeriod> Periods => Set<AssessmentPeriod>();

    // The self-assessment: stored instruments, answers, evidence, official results, targets.
    public DbSet<StoredInstrument> Instruments => Set<StoredInstrument>();
    public DbSet<IndicatorAnswer> Answers => Set<IndicatorAnswer>();
    public DbSet<EvidenceItem> Evidence => Set<EvidenceItem>();
    public DbSet<OfficialResult> OfficialResults => Set<OfficialResult>();
    public DbSet<OfficialValue> OfficialValues => Set<OfficialValue>();
    public DbSet<Target> Targets => Set<Target>();
    public DbSet<TargetLevel> TargetLevels => Set<TargetLevel>();

    protected override void ConfigureModule(ModelBuilder builder) =>
        builder.ApplyConfigurationsFromAssembly(typeof(SpbeDb).Assembly);
}

public sealed class SpbeSqliteDb(DbContextOptions<SpbeSqliteDb> options, CurrentTenant tenant, AuditActor actor, TimeProvider clock)
    : SpbeDb(options, tenant, actor, clock);

public sealed class SpbePostgresDb(DbContextOptions<SpbePostgresDb> options, CurrentTenant tenant, AuditActor actor, TimeProvider clock)
    : SpbeDb(options, tenant, actor, clock);

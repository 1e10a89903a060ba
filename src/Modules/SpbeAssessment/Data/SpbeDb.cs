using Microsoft.EntityFrameworkCore;
using Pamong.Platform.AuditTrail;
using Pamong.Platform.Data;
using Pamong.Platform.Tenancy;
using Pamong.SpbeAssessment.Architecture.Applications;
using Pamong.SpbeAssessment.Architecture.BusinessProcesses;
using Pamong.SpbeAssessment.Architecture.DataSets;
using Pamong.SpbeAssessment.Architecture.Infrastructure;
using Pamong.SpbeAssessment.Architecture.Integrations;
using Pamong.SpbeAssessment.Evidence;
using Pamong.SpbeAssessment.Indicators;
using Pamong.SpbeAssessment.Instruments;
using Pamong.SpbeAssessment.Official;
using Pamong.SpbeAssessment.Periods;
using Pamong.SpbeAssessment.Risks.Contexts;
using Pamong.SpbeAssessment.Risks.Matrix;
using Pamong.SpbeAssessment.Risks.Monitoring;
using Pamong.SpbeAssessment.Risks.Register;
using Pamong.SpbeAssessment.Risks.Treatments;
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
    // Architecture inventory
    public DbSet<Application> Applications => Set<Application>();
    public DbSet<ApplicationDataSet> ApplicationDataSets => Set<ApplicationDataSet>();
    public DbSet<BusinessProcess> BusinessProcesses => Set<BusinessProcess>();
    public DbSet<DataSet> DataSets => Set<DataSet>();
    public DbSet<InfrastructureItem> Infrastructure => Set<InfrastructureItem>();
    public DbSet<Integration> Integrations => Set<Integration>();

    // Risk register
    public DbSet<RiskMatrixCell> RiskMatrixCells => Set<RiskMatrixCell>();
    public DbSet<RiskBandSetting> RiskBands => Set<RiskBandSetting>();
    public DbSet<RiskContext> RiskContexts => Set<RiskContext>();
    public DbSet<RiskAppetite> RiskAppetites => Set<RiskAppetite>();
    public DbSet<Risk> Risks => Set<Risk>();
    public DbSet<Treatment> RiskTreatments => Set<Treatment>();
    public DbSet<MonitoringEntry> RiskMonitoring => Set<MonitoringEntry>();

    protected override void ConfigureModule(ModelBuilder builder) =>
        builder.ApplyConfigurationsFromAssembly(typeof(SpbeDb).Assembly);
}

public sealed class SpbeSqliteDb(DbContextOptions<SpbeSqliteDb> options, CurrentTenant tenant, AuditActor actor, TimeProvider clock)
    : SpbeDb(options, tenant, actor, clock);

public sealed class SpbePostgresDb(DbContextOptions<SpbePostgresDb> options, CurrentTenant tenant, AuditActor actor, TimeProvider clock)
    : SpbeDb(options, tenant, actor, clock);

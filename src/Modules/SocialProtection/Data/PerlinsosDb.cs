using Microsoft.EntityFrameworkCore;
using Pamong.Platform.AuditTrail;
using Pamong.Platform.Data;
using Pamong.Platform.Tenancy;
using Pamong.SocialProtection.Appeals;
using Pamong.SocialProtection.CekBansos;
using Pamong.SocialProtection.DataQuality;
using Pamong.SocialProtection.Deaths;
using Pamong.SocialProtection.Distribution;
using Pamong.SocialProtection.Exclusions;
using Pamong.SocialProtection.Jobs;
using Pamong.SocialProtection.Programs;
using Pamong.SocialProtection.Proposals;
using Pamong.SocialProtection.Registry;
using Pamong.SocialProtection.Targeting;
using Pamong.SocialProtection.Transparency;

namespace Pamong.SocialProtection.Data;

/// <summary>The Perlinsos module's own tables (prefixed "Perlinsos"), scoped per Pemda and audited.</summary>
public abstract class PerlinsosDb(DbContextOptions options, CurrentTenant tenant, AuditActor actor, TimeProvider clock)
    : ModuleDb(options, tenant, actor, clock)
{
    // The registry
    public DbSet<Household> Households => Set<Household>();
    public DbSet<Member> Members => Set<Member>();
    public DbSet<Consent> Consents => Set<Consent>();
    public DbSet<NikSighting> NikSightings => Set<NikSighting>();

    // Imported reference lists
    public DbSet<DeathRecord> DeathRecords => Set<DeathRecord>();
    public DbSet<ExclusionListEntry> ExclusionListEntries => Set<ExclusionListEntry>();

    // Data quality and background work
    public DbSet<DataQualityFinding> Findings => Set<DataQualityFinding>();
    public DbSet<PerlinsosJob> Jobs => Set<PerlinsosJob>();

    // Programs, targeting, usul-sanggah, appeals, distribution, transparency, Cek Bansos
    public DbSet<AidProgram> Programs => Set<AidProgram>();
    public DbSet<TargetingRun> TargetingRuns => Set<TargetingRun>();
    public DbSet<TargetingDecision> TargetingDecisions => Set<TargetingDecision>();
    public DbSet<Proposal> Proposals => Set<Proposal>();
    public DbSet<Appeal> Appeals => Set<Appeal>();
    public DbSet<DistributionCycle> DistributionCycles => Set<DistributionCycle>();
    public DbSet<HandOver> HandOvers => Set<HandOver>();
    public DbSet<MaskingRule> MaskingRules => Set<MaskingRule>();
    public DbSet<CekBansosEntry> CekBansos => Set<CekBansosEntry>();

    protected override void ConfigureModule(ModelBuilder builder) =>
        builder.ApplyConfigurationsFromAssembly(typeof(PerlinsosDb).Assembly);
}

public sealed class PerlinsosSqliteDb(DbContextOptions<PerlinsosSqliteDb> options, CurrentTenant tenant, AuditActor actor, TimeProvider clock)
    : PerlinsosDb(options, tenant, actor, clock);

public sealed class PerlinsosPostgresDb(DbContextOptions<PerlinsosPostgresDb> options, CurrentTenant tenant, AuditActor actor, TimeProvider clock)
    : PerlinsosDb(options, tenant, actor, clock);

using Microsoft.EntityFrameworkCore;
using Pamong.Platform.AuditTrail;
using Pamong.Platform.Data;
using Pamong.Platform.Tenancy;
using Pamong.SocialProtection.DataQuality;
using Pamong.SocialProtection.Deaths;
using Pamong.SocialProtection.Exclusions;
using Pamong.SocialProtection.Jobs;
using Pamong.SocialProtection.Registry;

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

    protected override void ConfigureModule(ModelBuilder builder) =>
        builder.ApplyConfigurationsFromAssembly(typeof(PerlinsosDb).Assembly);
}

public sealed class PerlinsosSqliteDb(DbContextOptions<PerlinsosSqliteDb> options, CurrentTenant tenant, AuditActor actor, TimeProvider clock)
    : PerlinsosDb(options, tenant, actor, clock);

public sealed class PerlinsosPostgresDb(DbContextOptions<PerlinsosPostgresDb> options, CurrentTenant tenant, AuditActor actor, TimeProvider clock)
    : PerlinsosDb(options, tenant, actor, clock);

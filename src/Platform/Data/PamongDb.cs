using System.Linq.Expressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Pamong.Platform.Accounts;
using Pamong.Platform.AuditTrail;
using Pamong.Platform.Modules;
using Pamong.Platform.Notifications;
using Pamong.Platform.Organisations;
using Pamong.Platform.People;
using Pamong.Platform.Regions;
using Pamong.Platform.Tenancy;

namespace Pamong.Platform.Data;

/// <summary>
/// The platform's database: tenants, regions, organisations, people, accounts, the audit trail and
/// the notification outbox. Every <see cref="ITenantOwned"/> row is filtered to the current tenant,
/// and every change is written to the audit trail in the same transaction.
/// </summary>
public abstract class PamongDb(DbContextOptions options, CurrentTenant tenant, AuditActor actor, TimeProvider clock)
    : IdentityDbContext<PamongUser, IdentityRole, string>(options)
{
    public DbSet<Tenant> Tenants => Set<Tenant>();
    public DbSet<AuditRecord> AuditRecords => Set<AuditRecord>();
    public DbSet<ModuleSwitch> ModuleSwitches => Set<ModuleSwitch>();
    public DbSet<OrganisationUnit> OrganisationUnits => Set<OrganisationUnit>();
    public DbSet<RoleGrant> RoleGrants => Set<RoleGrant>();
    public DbSet<Accounts.Tokens.ApiToken> ApiTokens => Set<Accounts.Tokens.ApiToken>();
    public DbSet<Accounts.Registration.AccountRegistration> AccountRegistrations => Set<Accounts.Registration.AccountRegistration>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<Citizen> Citizens => Set<Citizen>();
    public DbSet<Region> Regions => Set<Region>();
    public DbSet<ReferenceDataVersion> ReferenceDataVersions => Set<ReferenceDataVersion>();

    /// <summary>The tenant every query is scoped to (read by the query filters, per query).</summary>
    public string TenantId => tenant.Id;

    internal CurrentTenant CurrentTenant => tenant;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PamongDb).Assembly);

        // Accounts are unique per tenant, not across the deployment.
        builder.Entity<PamongUser>(u =>
        {
            u.Metadata.RemoveIndex(u.Metadata.GetIndexes().Single(i => i.GetDatabaseName() == "UserNameIndex"));
            u.HasIndex(x => new { x.TenantId, x.NormalizedUserName }).IsUnique().HasDatabaseName("UserNameIndex");
            u.HasIndex(x => new { x.TenantId, x.Nik });
            u.Property(x => x.TenantId).HasMaxLength(40);
            u.Property(x => x.FullName).HasMaxLength(200);
            u.Property(x => x.Nip).HasMaxLength(18);
            u.Property(x => x.Nik).HasMaxLength(16);
            u.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        });

        foreach (var entity in builder.Model.GetEntityTypes())
        {
            if (typeof(ITenantOwned).IsAssignableFrom(entity.ClrType) && entity.BaseType is null)
            {
                builder.Entity(entity.ClrType).HasQueryFilter(TenantFilter(entity.ClrType));
                builder.Entity(entity.ClrType).Property(nameof(ITenantOwned.TenantId)).HasMaxLength(40);
            }
        }
    }

    private LambdaExpression TenantFilter(Type type)
    {
        var row = Expression.Parameter(type, "row");
        var rowTenant = Expression.Property(row, nameof(ITenantOwned.TenantId));
        var current = Expression.Property(Expression.Constant(this), nameof(TenantId));
        return Expression.Lambda(Expression.Equal(rowTenant, current), row);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        TenantGuard.StampAndCheck(ChangeTracker, tenant.Id);
        var records = AuditCapture.FromChanges(ChangeTracker, tenant.Id, actor, clock);
        AuditRecords.AddRange(records);

        var pending = ChangeTracker.Entries<AuditRecord>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        if (pending.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        return await AuditSealer.SaveSealedAsync(this, pending,
            ct => base.SaveChangesAsync(acceptAllChangesOnSuccess, ct), cancellationToken);
    }
}

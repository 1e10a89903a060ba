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
    public DbSet<Organisations.Positions.Position> Positions => Set<Organisations.Positions.Position>();
    public DbSet<Organisations.Staff.StaffMember> StaffMembers => Set<Organisations.Staff.StaffMember>();
    public DbSet<RoleGrant> RoleGrants => Set<RoleGrant>();
    public DbSet<Accounts.Tokens.ApiToken> ApiTokens => Set<Accounts.Tokens.ApiToken>();
    public DbSet<Accounts.Registration.AccountRegistration> AccountRegistrations => Set<Accounts.Registration.AccountRegistration>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<Citizen> Citizens => Set<Citizen>();
    public DbSet<Region> Regions => Set<Region>();
    public DbSet<ReferenceDataVersion> ReferenceDataVersions => Set<ReferenceDataVersion>();
    public DbSet<Signing.Certificates.SigningCertificate> SigningCertificates => Set<Signing.Certificates.SigningCertificate>();
    public DbSet<Signing.IssuedDocument> IssuedDocuments => Set<Signing.IssuedDocument>();

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

        TenantScoping.ApplyQueryFilters(builder, this);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        return await AuditedSave.SaveAsync(this, tenant.Id, actor, clock,
            (accept, ct) => base.SaveChangesAsync(accept, ct), acceptAllChangesOnSuccess, cancellationToken);
    }
}

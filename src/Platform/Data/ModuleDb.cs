using Microsoft.EntityFrameworkCore;
using Pamong.Platform.AuditTrail;
using Pamong.Platform.Tenancy;

namespace Pamong.Platform.Data;

/// <summary>
/// The base of a business module's own database context: the module's tables (with its own
/// migrations and history table), scoped to the current tenant and audited into the platform's
/// audit trail in the same transaction as the change.
/// </summary>
public abstract class ModuleDb(DbContextOptions options, CurrentTenant tenant, AuditActor actor, TimeProvider clock) : DbContext(options)
{
    /// <summary>The tenant every query is scoped to (read by the query filters, per query).</summary>
    public string TenantId => tenant.Id;

    /// <summary>The audit trail (owned and migrated by the platform), for reads and non-change events.</summary>
    public DbSet<AuditRecord> AuditRecords => Set<AuditRecord>();

    protected abstract void ConfigureModule(ModelBuilder builder);

    protected sealed override void OnModelCreating(ModelBuilder modelBuilder)
    {
        new AuditRecordConfiguration().Configure(modelBuilder.Entity<AuditRecord>());
        modelBuilder.Entity<AuditRecord>().ToTable("AuditRecords", t => t.ExcludeFromMigrations());
        ConfigureModule(modelBuilder);
        TenantScoping.ApplyQueryFilters(modelBuilder, this);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default) =>
        AuditedSave.SaveAsync(this, tenant.Id, actor, clock, (accept, ct) => base.SaveChangesAsync(accept, ct), acceptAllChangesOnSuccess, cancellationToken,
            BeforeAuditAppendAsync);

    /// <summary>
    /// More writes that belong to a save's transaction (a module's derived tables), done after its rows were written
    /// and before its audit records are appended: the audit chain's lock is held from the append to the commit, so
    /// nothing should follow it. Called only for saves with audited changes.
    /// </summary>
    protected virtual Task BeforeAuditAppendAsync(CancellationToken ct) => Task.CompletedTask;
}

using Microsoft.EntityFrameworkCore;
using Pamong.Complaints.Deadlines;
using Pamong.Platform.AuditTrail;
using Pamong.Platform.Data;
using Pamong.Platform.Tenancy;

namespace Pamong.Complaints.Data;

/// <summary>The complaints module's own tables (prefixed "Complaints"), scoped per Pemda and audited.</summary>
public abstract class ComplaintsDb(DbContextOptions options, CurrentTenant tenant, AuditActor actor, TimeProvider clock)
    : ModuleDb(options, tenant, actor, clock)
{
    public DbSet<Complaint> Complaints => Set<Complaint>();
    public DbSet<ComplaintEvent> Events => Set<ComplaintEvent>();
    public DbSet<ComplaintFile> Files => Set<ComplaintFile>();
    public DbSet<ComplaintFileContent> FileContents => Set<ComplaintFileContent>();
    public DbSet<ComplaintSettings> Settings => Set<ComplaintSettings>();
    public DbSet<ComplaintHoliday> Holidays => Set<ComplaintHoliday>();

    protected override void ConfigureModule(ModelBuilder builder) =>
        builder.ApplyConfigurationsFromAssembly(typeof(ComplaintsDb).Assembly);
}

public sealed class ComplaintsSqliteDb(DbContextOptions<ComplaintsSqliteDb> options, CurrentTenant tenant, AuditActor actor, TimeProvider clock)
    : ComplaintsDb(options, tenant, actor, clock);

public sealed class ComplaintsPostgresDb(DbContextOptions<ComplaintsPostgresDb> options, CurrentTenant tenant, AuditActor actor, TimeProvider clock)
    : ComplaintsDb(options, tenant, actor, clock);

using Microsoft.EntityFrameworkCore;
using Pamong.Platform.AuditTrail;
using Pamong.Platform.Data;
using Pamong.Platform.Tenancy;
using Pamong.PublicServices.Applications;
using Pamong.PublicServices.Calendar;
using Pamong.PublicServices.Catalogue;
using Pamong.PublicServices.Workflows;

namespace Pamong.PublicServices.Data;

/// <summary>The public-services module's own tables (prefixed "PublicServices"), scoped per Pemda and audited.</summary>
public abstract class PublicServicesDb(DbContextOptions options, CurrentTenant tenant, AuditActor actor, TimeProvider clock)
    : ModuleDb(options, tenant, actor, clock)
{
    public DbSet<Service> Services => Set<Service>();
    public DbSet<WorkflowVersion> WorkflowVersions => Set<WorkflowVersion>();
    public DbSet<WorkflowStep> WorkflowSteps => Set<WorkflowStep>();
    public DbSet<FormField> FormFields => Set<FormField>();
    public DbSet<Holiday> Holidays => Set<Holiday>();
    public DbSet<Application> Applications => Set<Application>();
    public DbSet<ApplicationEvent> ApplicationEvents => Set<ApplicationEvent>();
    public DbSet<ApplicationFile> ApplicationFiles => Set<ApplicationFile>();
    public DbSet<Applications.Numbering.ApplicationNumberCounter> ApplicationNumberCounters => Set<Applications.Numbering.ApplicationNumberCounter>();

    // IKM surveys and the dashboards' derived working-day calendar (ps-insight).
    public DbSet<Satisfaction.Surveys.SurveyResponse> SurveyResponses => Set<Satisfaction.Surveys.SurveyResponse>();
    public DbSet<Statistics.WorkdayNumber> WorkdayNumbers => Set<Statistics.WorkdayNumber>();
    public DbSet<Statistics.WorkdayCalendarStamp> WorkdayCalendars => Set<Statistics.WorkdayCalendarStamp>();
    public DbSet<Documents.ResultTemplate> ResultTemplates => Set<Documents.ResultTemplate>();

    // The dashboards' recaps, kept in step with the applications in every save.
    public DbSet<Statistics.DailyRecap> DailyRecaps => Set<Statistics.DailyRecap>();
    public DbSet<Statistics.MonthlyRecap> MonthlyRecaps => Set<Statistics.MonthlyRecap>();

    private IReadOnlyList<(Statistics.RecapUpkeep.Place Place, long Delta)> _recap = [];

    /// <summary>The audited save, plus the applications' moves in the daily and monthly recaps, in the same transaction.</summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ChangeTracker.DetectChanges();
        _recap = Statistics.RecapUpkeep.Changes(ChangeTracker);
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        finally
        {
            _recap = [];
        }
    }

    /// <summary>The recap moves go after the rows and before the audit append, whose lock is held until the commit.</summary>
    protected override Task BeforeAuditAppendAsync(CancellationToken ct) =>
        _recap.Count == 0 ? Task.CompletedTask : Statistics.RecapUpkeep.ApplyAsync(this, _recap, ct);

    protected override void ConfigureModule(ModelBuilder builder) =>
        builder.ApplyConfigurationsFromAssembly(typeof(PublicServicesDb).Assembly);
}

public sealed class PublicServicesSqliteDb(DbContextOptions<PublicServicesSqliteDb> options, CurrentTenant tenant, AuditActor actor, TimeProvider clock)
    : PublicServicesDb(options, tenant, actor, clock);

public sealed class PublicServicesPostgresDb(DbContextOptions<PublicServicesPostgresDb> options, CurrentTenant tenant, AuditActor actor, TimeProvider clock)
    : PublicServicesDb(options, tenant, actor, clock);

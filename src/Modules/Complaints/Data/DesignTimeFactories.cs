using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Pamong.Platform.Data;

namespace Pamong.Complaints.Data;

// Used only by `scripts/add-migration.sh Name Complaints Complaints`.

internal sealed class ComplaintsSqliteDesignTimeFactory : IDesignTimeDbContextFactory<ComplaintsSqliteDb>
{
    public ComplaintsSqliteDb CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<ComplaintsSqliteDb>().UseSqlite("Data Source=design.db", x => x.MigrationsHistoryTable(ComplaintsSetup.HistoryTable)).Options,
        DesignTime.Tenant(), DesignTime.Actor(), TimeProvider.System);
}

internal sealed class ComplaintsPostgresDesignTimeFactory : IDesignTimeDbContextFactory<ComplaintsPostgresDb>
{
    public ComplaintsPostgresDb CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<ComplaintsPostgresDb>().UseNpgsql("Host=localhost;Database=design", x => x.MigrationsHistoryTable(ComplaintsSetup.HistoryTable)).Options,
        DesignTime.Tenant(), DesignTime.Actor(), TimeProvider.System);
}

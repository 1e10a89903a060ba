using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Pamong.Platform.Data;

namespace Pamong.PublicServices.Data;

// Used only by `scripts/add-migration.sh Name PublicServices PublicServices`.

internal sealed class PublicServicesSqliteDesignTimeFactory : IDesignTimeDbContextFactory<PublicServicesSqliteDb>
{
    public PublicServicesSqliteDb CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<PublicServicesSqliteDb>().UseSqlite("Data Source=design.db", x => x.MigrationsHistoryTable(PublicServicesSetup.HistoryTable)).Options,
        DesignTime.Tenant(), DesignTime.Actor(), TimeProvider.System);
}

internal sealed class PublicServicesPostgresDesignTimeFactory : IDesignTimeDbContextFactory<PublicServicesPostgresDb>
{
    public PublicServicesPostgresDb CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<PublicServicesPostgresDb>().UseNpgsql("Host=localhost;Database=design", x => x.MigrationsHistoryTable(PublicServicesSetup.HistoryTable)).Options,
        DesignTime.Tenant(), DesignTime.Actor(), TimeProvider.System);
}

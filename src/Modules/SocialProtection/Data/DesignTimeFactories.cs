using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Pamong.Platform.Data;

namespace Pamong.SocialProtection.Data;

// Used only by `scripts/add-migration.sh Name SocialProtection Perlinsos`.

internal sealed class PerlinsosSqliteDesignTimeFactory : IDesignTimeDbContextFactory<PerlinsosSqliteDb>
{
    public PerlinsosSqliteDb CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<PerlinsosSqliteDb>().UseSqlite("Data Source=design.db", x => x.MigrationsHistoryTable(PerlinsosSetup.HistoryTable)).Options,
        DesignTime.Tenant(), DesignTime.Actor(), TimeProvider.System);
}

internal sealed class PerlinsosPostgresDesignTimeFactory : IDesignTimeDbContextFactory<PerlinsosPostgresDb>
{
    public PerlinsosPostgresDb CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<PerlinsosPostgresDb>().UseNpgsql("Host=localhost;Database=design", x => x.MigrationsHistoryTable(PerlinsosSetup.HistoryTable)).Options,
        DesignTime.Tenant(), DesignTime.Actor(), TimeProvider.System);
}

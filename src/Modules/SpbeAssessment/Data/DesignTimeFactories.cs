using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Pamong.Platform.Data;

namespace Pamong.SpbeAssessment.Data;

// Used only by `scripts/add-migration.sh Name SpbeAssessment Spbe`.

internal sealed class SpbeSqliteDesignTimeFactory : IDesignTimeDbContextFactory<SpbeSqliteDb>
{
    public SpbeSqliteDb CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<SpbeSqliteDb>().UseSqlite("Data Source=design.db", x => x.MigrationsHistoryTable(SpbeSetup.HistoryTable)).Options,
        DesignTime.Tenant(), DesignTime.Actor(), TimeProvider.System);
}

internal sealed class SpbePostgresDesignTimeFactory : IDesignTimeDbContextFactory<SpbePostgresDb>
{
    public SpbePostgresDb CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<SpbePostgresDb>().UseNpgsql("Host=localhost;Database=design", x => x.MigrationsHistoryTable(SpbeSetup.HistoryTable)).Options,
        DesignTime.Tenant(), DesignTime.Actor(), TimeProvider.System);
}

using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Pamong.Platform.AuditTrail;
using Pamong.Platform.Tenancy;

namespace Pamong.Platform.Data;

// Used only by `dotnet ef migrations add` (see scripts/add-migration.sh).

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqlitePamongDb>
{
    public SqlitePamongDb CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<SqlitePamongDb>().UseSqlite("Data Source=design.db").Options,
        DesignTime.Tenant(), new AuditActor(new HttpContextAccessor()), TimeProvider.System);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresPamongDb>
{
    public PostgresPamongDb CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<PostgresPamongDb>().UseNpgsql("Host=localhost;Database=design").Options,
        DesignTime.Tenant(), new AuditActor(new HttpContextAccessor()), TimeProvider.System);
}

/// <summary>What design-time factories (here and in modules) need to build a context outside the host.</summary>
public static class DesignTime
{
    public static AuditActor Actor() => new(new HttpContextAccessor());

    public static CurrentTenant Tenant() => new(new HttpContextAccessor(), Options.Create(new TenancyOptions()),
        new TenantDirectory(new ServiceCollection().BuildServiceProvider().GetRequiredService<IServiceScopeFactory>(), TimeProvider.System));
}

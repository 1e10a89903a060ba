using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Pamong.Platform.Data;

public static class ModuleDbSetup
{
    /// <summary>
    /// Registers a module's context on the engine the configuration picks (one subclass per engine, each
    /// with its own migrations) and migrates it at start-up, right after the platform's database.
    /// </summary>
    /// <param name="historyTable">The module's migrations history table, e.g. "__SpbeMigrations".</param>
    public static IServiceCollection AddModuleDb<TDb, TSqlite, TPostgres>(this IServiceCollection services, IConfiguration configuration, string historyTable)
        where TDb : ModuleDb
        where TSqlite : TDb
        where TPostgres : TDb
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (options.IsPostgres)
        {
            services.AddDbContext<TDb, TPostgres>(o => o.UseNpgsql(options.PostgresConnectionString(), x => x.MigrationsHistoryTable(historyTable)));
        }
        else
        {
            var connection = options.ConnectionString ?? DatabaseSetup.SqliteConnectionString(options.DataFolder);
            services.AddDbContext<TDb, TSqlite>(o => o.UseSqlite(connection, x => x.MigrationsHistoryTable(historyTable)));
        }

        services.AddSingleton<IStartupStep>(new MigrateModule<TDb>());
        return services;
    }

    private sealed class MigrateModule<TDb> : IStartupStep
        where TDb : ModuleDb
    {
        public int Order => 1;

        public async Task RunAsync(IServiceProvider services, CancellationToken ct)
        {
            using var scope = services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<TDb>().Database.MigrateAsync(ct);
        }
    }
}

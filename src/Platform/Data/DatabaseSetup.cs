using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Pamong.Platform.Data;

public static class DatabaseSetup
{
    /// <summary>Registers <see cref="PamongDb"/> on the engine that configuration picks.</summary>
    public static IServiceCollection AddPamongDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.Configure<DatabaseOptions>(configuration.GetSection(DatabaseOptions.Section));

        if (options.IsPostgres)
        {
            var connection = options.PostgresConnectionString();
            services.AddDbContext<PamongDb, PostgresPamongDb>(o => o.UseNpgsql(connection));
        }
        else
        {
            var connection = options.ConnectionString ?? SqliteConnectionString(options.DataFolder);
            services.AddDbContext<PamongDb, SqlitePamongDb>(o => o.UseSqlite(connection));
        }

        return services;
    }

    public static string SqliteConnectionString(string dataFolder)
    {
        Directory.CreateDirectory(dataFolder);
        return $"Data Source={Path.Combine(Path.GetFullPath(dataFolder), "pamong.db")};Cache=Shared;Pooling=True";
    }
}

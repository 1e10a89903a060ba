using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Pamong.Platform;
using Pamong.Platform.Data;
using Pamong.Platform.Regions;

namespace Pamong.Benchmarks;

/// <summary>
/// A fresh, migrated, empty Pamong database on one engine, with the platform's services around it
/// (as the <c>import-regions</c> command has them). Disposing deletes the database.
/// </summary>
public sealed class BenchDatabase : IDisposable
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    private readonly WebApplication _app;
    private readonly string? _postgresDatabase;
    private readonly string? _sqliteFolder;

    private BenchDatabase(string engine)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Benchmark" });
        builder.Logging.ClearProviders();
        builder.Configuration["Demo:Enabled"] = "false";
        if (engine == Postgres)
        {
            _postgresDatabase = "pamong_bench_" + Guid.NewGuid().ToString("N")[..12];
            builder.Configuration["Database:Provider"] = "postgres";
            builder.Configuration["Database:ConnectionString"] = new NpgsqlConnectionStringBuilder(PostgresServer) { Database = _postgresDatabase }.ConnectionString;
            Execute($"CREATE DATABASE \"{_postgresDatabase}\"");
        }
        else
        {
            _sqliteFolder = Path.Combine(Path.GetTempPath(), "pamong-bench", Guid.NewGuid().ToString("N"));
            builder.Configuration["Database:Provider"] = "sqlite";
            builder.Configuration["Database:DataFolder"] = _sqliteFolder;
        }

        builder.Services.AddPamongPlatform(builder.Configuration);
        _app = builder.Build();
        StartupSteps.MigrateAsync(_app.Services).GetAwaiter().GetResult();
    }

    /// <summary>The PostgreSQL server from PAMONG_BENCH_POSTGRES or PAMONG_TEST_POSTGRES; null when neither is set.</summary>
    public static string? PostgresServer =>
        Environment.GetEnvironmentVariable("PAMONG_BENCH_POSTGRES") is { Length: > 0 } bench ? bench
        : Environment.GetEnvironmentVariable("PAMONG_TEST_POSTGRES") is { Length: > 0 } test ? test
        : null;

    /// <summary>SQLite always; PostgreSQL when a server is configured.</summary>
    public static IEnumerable<string> Engines => PostgresServer is null ? [Sqlite] : [Sqlite, Postgres];

    public IServiceProvider Services => _app.Services;

    public RegionImport Import => _app.Services.GetRequiredService<RegionImport>();

    public static BenchDatabase Create(string engine) => new(engine);

    public void Dispose()
    {
        (_app as IDisposable).Dispose();
        if (_postgresDatabase is not null)
        {
            NpgsqlConnection.ClearAllPools();
            Execute($"DROP DATABASE IF EXISTS \"{_postgresDatabase}\" WITH (FORCE)");
        }

        if (_sqliteFolder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_sqliteFolder, recursive: true);
        }
    }

    private static void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(PostgresServer);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

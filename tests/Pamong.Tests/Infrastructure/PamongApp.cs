using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Pamong.Platform.Data;
using Pamong.Platform.Tenancy;

namespace Pamong.Tests.Infrastructure;

/// <summary>
/// The whole product in memory, on one database engine, with the demo Pemda and its accounts.
/// One instance per engine is shared by a test collection; tests create their own rows with unique names.
/// </summary>
public abstract class PamongApp : WebApplicationFactory<Program>
{
    public TestClock Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero));

    /// <summary>Why this engine cannot be tested here, or null when it can.</summary>
    public abstract string? Unavailable { get; }

    public abstract string Provider { get; }

    protected abstract string ConnectionString { get; }

    /// <summary>Where this app keeps its files (the SQLite database, the development mailbox).</summary>
    protected string DataFolder { get; } = Path.Combine(Path.GetTempPath(), "pamong-tests", Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Provider);
        builder.UseSetting("Database:ConnectionString", ConnectionString);
        builder.UseSetting("Database:DataFolder", DataFolder);
        builder.UseSetting("Demo:Enabled", "true");
        builder.UseSetting("Notifications:Channel", "folder");
        builder.UseSetting("Notifications:Dispatcher", "false"); // tests run OutboxDispatcher.DispatchDueAsync themselves

        // Every test shares one client address and a few demo accounts: keep the API limits out of their way.
        builder.UseSetting("RateLimits:Anonymous:PermitLimit", "1000000");
        builder.UseSetting("RateLimits:PerUser:PermitLimit", "1000000");
        builder.UseSetting("RateLimits:PerToken:PermitLimit", "1000000");
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    /// <summary>A client that keeps cookies and does not follow redirects (tests look at them).</summary>
    public HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Runs work against the database as the given tenant (default: the demo Pemda).</summary>
    public async Task<T> WithDb<T>(Func<PamongDb, Task<T>> work, string tenant = "banyuwangi")
    {
        using var scope = Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentTenant>().Set(tenant);
        return await work(scope.ServiceProvider.GetRequiredService<PamongDb>());
    }

    public void SkipIfUnavailable() => Skip.If(Unavailable is not null, Unavailable);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(DataFolder, recursive: true); } catch (IOException) { }
        }
    }
}

public class SqliteApp : PamongApp
{
    public override string? Unavailable => null;
    public override string Provider => "sqlite";
    protected override string ConnectionString => DatabaseSetup.SqliteConnectionString(DataFolder);
}

/// <summary>A fresh PostgreSQL database per app, on the server named by PAMONG_TEST_POSTGRES.</summary>
public class PostgresApp : PamongApp
{
    private static readonly string? PostgresServer = Environment.GetEnvironmentVariable("PAMONG_TEST_POSTGRES");
    private readonly string _database = "pamong_test_" + Guid.NewGuid().ToString("N")[..12];

    public override string? Unavailable => string.IsNullOrEmpty(PostgresServer)
        ? "PostgreSQL is not configured (set PAMONG_TEST_POSTGRES; scripts/test.sh does)." : null;

    public override string Provider => "postgres";

    protected override string ConnectionString => PostgresServer is null ? "Host=unconfigured" : new Npgsql.NpgsqlConnectionStringBuilder(PostgresServer) { Database = _database }.ConnectionString;

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && PostgresServer is not null)
        {
            Npgsql.NpgsqlConnection.ClearAllPools();
            using var connection = new Npgsql.NpgsqlConnection(PostgresServer);
            connection.Open();
            using var drop = connection.CreateCommand();
            drop.CommandText = $"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)";
            drop.ExecuteNonQuery();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class SqliteCollection : ICollectionFixture<SqliteApp>
{
    public const string Name = "sqlite";
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresApp>
{
    public const string Name = "postgres";
}

public static class HttpJson
{
    public static Task<HttpResponseMessage> PostJson<T>(this HttpClient client, string url, T body) => client.PostAsJsonAsync(url, body);
}

namespace Pamong.Platform.Data;

public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>"sqlite" (the default: a file in the data folder, nothing to start) or "postgres".</summary>
    public string Provider { get; set; } = "sqlite";

    /// <summary>For PostgreSQL, e.g. "Host=127.0.0.1;Database=pamong;Username=pamong;Password=...".
    /// For SQLite, optional: defaults to pamong.db in the data folder.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Where the SQLite file, uploads and the development mailbox live.</summary>
    public string DataFolder { get; set; } = "data-local";

    /// <summary>
    /// PostgreSQL: the most connections the process opens (one pool shared by the platform and every module),
    /// unless the connection string sets "Maximum Pool Size" itself. Npgsql's own default (100) equals
    /// PostgreSQL's default max_connections: under a burst every queued request opened a connection of its own
    /// (a new server process each), and the server ran out of connections ("53300 too many clients"); with a
    /// small pool the burst waits in the pool and drains in milliseconds (docs/operations.md, "Database connections").
    /// </summary>
    public int MaxPoolSize { get; set; } = 20;

    /// <summary>
    /// The PostgreSQL connection string with what it does not name itself added: <see cref="MaxPoolSize"/> and
    /// "No Reset On Close" (a connection going back to the pool is not reset with DISCARD ALL, one more round trip for
    /// every query: Pamong keeps no session state on a connection — no SET, no session advisory lock, no temporary
    /// table, no LISTEN — so there is nothing to reset). Statements are not prepared automatically ("Max Auto
    /// Prepare"): after five runs PostgreSQL may plan a prepared statement once for all parameters, and the
    /// dashboards' queries over a date range then took 1.7 s instead of 0.7 s (docs/performance.md).
    /// </summary>
    public string PostgresConnectionString()
    {
        var connection = ConnectionString
            ?? throw new InvalidOperationException("Database:ConnectionString is required when Database:Provider is postgres.");
        var keys = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connection }.Keys.Cast<string>()
            .Select(k => k.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant()).ToHashSet();
        var added = new List<string>();
        if (!keys.Overlaps(["MAXIMUMPOOLSIZE", "MAXPOOLSIZE"]))
        {
            added.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Maximum Pool Size={MaxPoolSize}"));
        }

        if (!keys.Contains("NORESETONCLOSE"))
        {
            added.Add("No Reset On Close=true");
        }

        return added.Count == 0 ? connection : connection.TrimEnd(';') + ";" + string.Join(';', added);
    }

    public bool IsPostgres => Provider.Equals("postgres", StringComparison.OrdinalIgnoreCase)
        || Provider.Equals("postgresql", StringComparison.OrdinalIgnoreCase);
}

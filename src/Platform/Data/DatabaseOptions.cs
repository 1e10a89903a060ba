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

    public bool IsPostgres => Provider.Equals("postgres", StringComparison.OrdinalIgnoreCase)
        || Provider.Equals("postgresql", StringComparison.OrdinalIgnoreCase);
}

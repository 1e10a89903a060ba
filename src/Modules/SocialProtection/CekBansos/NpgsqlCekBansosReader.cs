using Npgsql;
using Pamong.SocialProtection.Targeting;

namespace Pamong.SocialProtection.CekBansos;

/// <summary>
/// The lookup on PostgreSQL without a database context: a data source of its own with multiplexing (the lookups of
/// concurrent requests share connections and go out in one write, so the app and PostgreSQL each make a fraction
/// of the system calls and wake-ups) and the one statement auto-prepared on each connection. The public lookup is
/// the hottest read of the module; an EF Core context per request cost more CPU than the index read itself.
/// The data source serves only this read: multiplexing allows no transactions or connection state, and it needs none.
/// </summary>
internal sealed class NpgsqlCekBansosReader(string connectionString) : ICekBansosReader, IAsyncDisposable, IDisposable
{
    /// <summary>The table and columns of <see cref="CekBansosEntryConfiguration"/>; the index (TenantId, NikHash) answers it.</summary>
    internal const string Sql = """
        SELECT "NameKey", "ProgramName", "Period", "VillageName", "Status", "OutcomesJson", "AppealUntil"
        FROM "PerlinsosCekBansos" WHERE "TenantId" = $1 AND "NikHash" = $2
        """;

    private readonly NpgsqlDataSource _source = Build(connectionString);

    public async Task<IReadOnlyList<CekBansosLine>> ReadAsync(string tenantId, string nikHash, CancellationToken ct)
    {
        await using var command = _source.CreateCommand(Sql);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = tenantId });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = nikHash });
        await using var reader = await command.ExecuteReaderAsync(ct);
        var lines = new List<CekBansosLine>(2);
        while (await reader.ReadAsync(ct))
        {
            lines.Add(new CekBansosLine(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                Enum.Parse<DecisionStatus>(reader.GetString(4)),
                reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetFieldValue<DateTimeOffset>(6)));
        }

        return lines;
    }

    private static NpgsqlDataSource Build(string connectionString)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        builder.ConnectionStringBuilder.Multiplexing = true;
        builder.ConnectionStringBuilder.MaxAutoPrepare = Math.Max(builder.ConnectionStringBuilder.MaxAutoPrepare, 4);
        builder.ConnectionStringBuilder.AutoPrepareMinUsages = 1;
        return builder.Build();
    }

    public ValueTask DisposeAsync() => _source.DisposeAsync();

    public void Dispose() => _source.Dispose();
}

using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Pamong.Platform.Data;

/// <summary>
/// New rows of one table written in bulk inside the caller's transaction (the region list at start-up, a Perlinsos
/// registry import, a data-quality pass): binary COPY on PostgreSQL, one prepared INSERT on SQLite. Values are what
/// the EF model stores (enums as their names or numbers as configured, times in UTC). Rows written this way bypass the
/// change tracker and the audited save: the caller records what they mean (an import writes one audit record per
/// batch; reference data and derived data such as data-quality findings are not audited).
/// </summary>
public sealed class BulkRows(string table, params string[] columns)
{
    private readonly List<object?[]> _rows = [];

    public int Count => _rows.Count;

    public void Add(params object?[] values)
    {
        if (values.Length != columns.Length)
        {
            throw new ArgumentException($"{table} takes {columns.Length} values, got {values.Length}.", nameof(values));
        }

        _rows.Add(values);
    }

    public async Task WriteAsync(DbContext db, CancellationToken ct)
    {
        if (_rows.Count == 0)
        {
            return;
        }

        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
                          ?? throw new InvalidOperationException("Bulk rows are written inside a transaction.");
        if (db.Database.GetDbConnection() is NpgsqlConnection npgsql)
        {
            await CopyAsync(npgsql, ct);
        }
        else
        {
            await InsertAsync(db.Database.GetDbConnection(), transaction, ct);
        }

        _rows.Clear();
    }

    /// <summary>
    /// Reserves <paramref name="count"/> ids of the table's identity column so that new rows can point at each other
    /// before they are written. Call inside the write transaction (on SQLite it holds the write lock).
    /// </summary>
    public static async Task<long[]> ReserveIdsAsync(DbContext db, string table, int count, CancellationToken ct)
    {
        if (count == 0)
        {
            return [];
        }

        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        if (connection is NpgsqlConnection)
        {
            command.CommandText = $"SELECT nextval(pg_get_serial_sequence('\"{table}\"', 'Id')) FROM generate_series(1, {count})";
            var ids = new long[count];
            await using var reader = await command.ExecuteReaderAsync(ct);
            for (var i = 0; await reader.ReadAsync(ct); i++)
            {
                ids[i] = reader.GetInt64(0);
            }

            return ids;
        }

        // SQLite: AUTOINCREMENT never hands out an id again, so start after both the highest row and the sequence.
        command.CommandText = $"SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = '{table}'), 0), coalesce((SELECT max(\"Id\") FROM \"{table}\"), 0))";
        var last = Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
        return Enumerable.Range(1, count).Select(i => last + i).ToArray();
    }

    private async Task CopyAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        var list = string.Join(", ", columns.Select(c => $"\"{c}\""));
        await using var writer = await connection.BeginBinaryImportAsync($"COPY \"{table}\" ({list}) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var row in _rows)
        {
            await writer.WriteRowAsync(ct, row);
        }

        await writer.CompleteAsync(ct);
    }

    private async Task InsertAsync(DbConnection connection, DbTransaction transaction, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) " +
                              $"VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i))})";
        var parameters = columns.Select((_, i) =>
        {
            var p = command.CreateParameter();
            p.ParameterName = "$p" + i;
            command.Parameters.Add(p);
            return p;
        }).ToArray();
        await command.PrepareAsync(ct);
        foreach (var row in _rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                parameters[i].Value = row[i] ?? DBNull.Value;
            }

            await command.ExecuteNonQueryAsync(ct);
        }
    }
}

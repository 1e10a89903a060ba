using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Pamong.Platform.Data;

namespace Pamong.Platform.Regions;

/// <summary>
/// Loads the shipped region list into the database. Idempotent: when the loaded version equals the
/// shipped one it does nothing; otherwise it inserts new codes and updates changed names and parents
/// (codes that disappeared are kept, since older records may still carry them).
/// Fast: one transaction, a prepared statement on SQLite and binary COPY on PostgreSQL.
/// </summary>
public sealed class RegionImport(IServiceScopeFactory scopes, RegionDirectory directory, TimeProvider clock) : IStartupStep
{
    public int Order => 10;

    public Task RunAsync(IServiceProvider services, CancellationToken ct) => ImportAsync(force: false, ct);

    /// <summary>Returns the number of regions inserted or updated (0 when already current).</summary>
    public async Task<int> ImportAsync(bool force, CancellationToken ct = default)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PamongDb>();
        var fingerprint = RegionData.Fingerprint();
        var loaded = await db.ReferenceDataVersions.FirstOrDefaultAsync(v => v.Name == "regions", ct);
        if (!force && loaded?.Version == fingerprint)
        {
            return 0;
        }

        var existing = await db.Regions.AsNoTracking().ToDictionaryAsync(r => r.Code, r => (r.Name, r.ParentCode), ct);
        var all = RegionData.Read().ToList();
        var fresh = all.Where(r => !existing.ContainsKey(r.Code)).ToList();
        var changed = all.Where(r => existing.TryGetValue(r.Code, out var old) && (old.Name != r.Name || old.ParentCode != r.ParentCode)).ToList();

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var connection = db.Database.GetDbConnection();
        if (connection is NpgsqlConnection npgsql)
        {
            await CopyAsync(npgsql, fresh, ct);
        }
        else
        {
            await InsertAsync(connection, transaction.GetDbTransaction(), fresh, ct);
        }

        foreach (var region in changed)
        {
            await db.Regions.Where(r => r.Code == region.Code).ExecuteUpdateAsync(s => s
                .SetProperty(r => r.Name, region.Name)
                .SetProperty(r => r.SearchName, region.SearchName)
                .SetProperty(r => r.ParentCode, region.ParentCode), ct);
        }

        if (loaded is null)
        {
            db.ReferenceDataVersions.Add(new ReferenceDataVersion { Name = "regions", Version = fingerprint, LoadedAt = clock.GetUtcNow() });
        }
        else
        {
            loaded.Version = fingerprint;
            loaded.LoadedAt = clock.GetUtcNow();
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        directory.Reset();
        return fresh.Count + changed.Count;
    }

    private static async Task InsertAsync(DbConnection connection, DbTransaction transaction, List<Region> regions, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO Regions (Code, Name, Level, ParentCode, SearchName) VALUES ($code, $name, $level, $parent, $search)";
        var code = Parameter(command, "$code");
        var name = Parameter(command, "$name");
        var level = Parameter(command, "$level");
        var parent = Parameter(command, "$parent");
        var search = Parameter(command, "$search");
        await command.PrepareAsync(ct);
        foreach (var region in regions)
        {
            code.Value = region.Code;
            name.Value = region.Name;
            level.Value = (int)region.Level;
            parent.Value = (object?)region.ParentCode ?? DBNull.Value;
            search.Value = region.SearchName;
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    private static DbParameter Parameter(DbCommand command, string name)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        command.Parameters.Add(parameter);
        return parameter;
    }

    private static async Task CopyAsync(NpgsqlConnection connection, List<Region> regions, CancellationToken ct)
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY \"Regions\" (\"Code\", \"Name\", \"Level\", \"ParentCode\", \"SearchName\") FROM STDIN (FORMAT BINARY)", ct);
        foreach (var region in regions)
        {
            await writer.StartRowAsync(ct);
            await writer.WriteAsync(region.Code, NpgsqlTypes.NpgsqlDbType.Varchar, ct);
            await writer.WriteAsync(region.Name, NpgsqlTypes.NpgsqlDbType.Varchar, ct);
            await writer.WriteAsync((int)region.Level, NpgsqlTypes.NpgsqlDbType.Integer, ct);
            if (region.ParentCode is null)
            {
                await writer.WriteNullAsync(ct);
            }
            else
            {
                await writer.WriteAsync(region.ParentCode, NpgsqlTypes.NpgsqlDbType.Varchar, ct);
            }

            await writer.WriteAsync(region.SearchName, NpgsqlTypes.NpgsqlDbType.Varchar, ct);
        }

        await writer.CompleteAsync(ct);
    }
}

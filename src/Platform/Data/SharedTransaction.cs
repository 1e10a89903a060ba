using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Pamong.Platform.Data;

/// <summary>
/// One transaction for two contexts of the same request, e.g. a module's and the platform's: the joining context
/// writes on the connection and in the transaction that the other began, so that both commit (or roll back) as one.
/// On SQLite this is also what keeps a request from waiting for itself: two connections of one request, one holding
/// the write lock, would otherwise wait for each other until the busy timeout. The joining context keeps using that
/// connection for the rest of the request; disposing the returned handle only takes it out of the transaction.
/// </summary>
public static class SharedTransaction
{
    public static async Task<IAsyncDisposable> JoinAsync(this DbContext joining, DbContext owner, CancellationToken ct)
    {
        var transaction = owner.Database.CurrentTransaction
            ?? throw new InvalidOperationException("Begin the transaction on the owning context before another joins it.");
        var connection = owner.Database.GetDbConnection();
        if (!ReferenceEquals(joining.Database.GetDbConnection(), connection))
        {
            joining.Database.SetDbConnection(connection, contextOwnsConnection: false);
        }

        await joining.Database.UseTransactionAsync(transaction.GetDbTransaction(), ct);
        return new Membership(joining);
    }

    private sealed class Membership(DbContext joining) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await joining.Database.UseTransactionAsync(null);
    }
}

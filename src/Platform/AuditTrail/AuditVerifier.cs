using Microsoft.EntityFrameworkCore;
using Pamong.Platform.Data;

namespace Pamong.Platform.AuditTrail;

/// <summary>
/// Walks a tenant's audit chain in sequence order and recomputes every hash. Reads in batches by
/// sequence (keyset paging, nothing tracked), so memory stays flat however long the chain is.
/// </summary>
public sealed class AuditVerifier(PamongDb db)
{
    public const int DefaultBatchSize = 2000;

    /// <summary>Verifies the chain of the tenant the current request works for.</summary>
    public Task<ChainVerification> VerifyCurrentTenantAsync(CancellationToken ct = default) => VerifyAsync(db.TenantId, ct);

    public Task<ChainVerification> VerifyAsync(string tenantId, CancellationToken ct = default) =>
        VerifyAsync(tenantId, DefaultBatchSize, ct);

    internal async Task<ChainVerification> VerifyAsync(string tenantId, int batchSize, CancellationToken ct)
    {
        long expected = 1, lastSequence = 0, examined = 0;
        var previousHash = AuditChain.Genesis;
        while (true)
        {
            var after = lastSequence;
            var batch = await db.AuditRecords.IgnoreQueryFilters().AsNoTracking()
                .Where(r => r.TenantId == tenantId && r.Sequence > after)
                .OrderBy(r => r.Sequence)
                .Take(batchSize)
                .ToListAsync(ct);
            if (batch.Count == 0)
            {
                return new ChainVerification(tenantId, examined, null, lastSequence, previousHash);
            }

            foreach (var record in batch)
            {
                examined++;
                if (Check(record, expected, previousHash) is { } problem)
                {
                    var broken = new ChainBreak(record.Sequence, record.Id, problem, expected);
                    return new ChainVerification(tenantId, examined, broken, lastSequence, previousHash);
                }

                (expected, lastSequence, previousHash) = (expected + 1, record.Sequence, record.Hash);
            }
        }
    }

    private static ChainProblem? Check(AuditRecord record, long expectedSequence, string previousHash) =>
        record.Sequence != expectedSequence ? ChainProblem.MissingRecord
        : !string.Equals(record.PreviousHash, previousHash, StringComparison.Ordinal) ? ChainProblem.PreviousHashMismatch
        : !string.Equals(AuditChain.ComputeHash(record.PreviousHash, record), record.Hash, StringComparison.Ordinal) ? ChainProblem.HashMismatch
        : null;
}

using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Pamong.Platform.AuditTrail;

/// <summary>The hash arithmetic of the audit trail: SHA-256 over the previous hash and the record's canonical form.</summary>
public static class AuditChain
{
    /// <summary>The hash that stands before a tenant's first record.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public static string Canonical(AuditRecord r) => string.Join('\n',
        r.TenantId,
        r.Sequence.ToString(CultureInfo.InvariantCulture),
        r.OccurredAt.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
        r.ActorId ?? "",
        r.ActorName,
        r.IpAddress ?? "",
        r.Action,
        r.Subject,
        r.SubjectId ?? "",
        r.Before ?? "",
        r.After ?? "",
        r.Reason ?? "");

    public static string ComputeHash(string previousHash, AuditRecord record)
    {
        var bytes = Encoding.UTF8.GetBytes(previousHash + "\n" + Canonical(record));
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    /// <summary>Seals a new record onto the end of its chain.</summary>
    public static void Seal(AuditRecord record, long previousSequence, string previousHash)
    {
        record.Sequence = previousSequence + 1;
        record.PreviousHash = previousHash;
        record.Hash = ComputeHash(previousHash, record);
    }
}

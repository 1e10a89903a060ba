namespace Pamong.SocialProtection.CekBansos;

/// <summary>Reads the precomputed Cek Bansos lines of one keyed NIK hash in one Pemda (every name; the caller compares).</summary>
public interface ICekBansosReader
{
    Task<IReadOnlyList<CekBansosLine>> ReadAsync(string tenantId, string nikHash, CancellationToken ct);
}

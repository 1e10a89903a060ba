using Pamong.Platform.Tenancy;
using Pamong.SocialProtection.Names;
using Pamong.SocialProtection.Targeting;

namespace Pamong.SocialProtection.CekBansos;

/// <summary>
/// Answers "am I a recipient?" for a NIK and a name: one indexed read of the precomputed table by the NIK's keyed
/// hash, then the name compared after Indonesian normalisation. A wrong name answers exactly like an unknown NIK,
/// so the lookup cannot be used to find out whether a NIK is registered.
/// </summary>
public sealed class CekBansosLookup(ICekBansosReader reader, CurrentTenant tenant, NikHasher hasher)
{
    public async Task<IReadOnlyList<CekBansosLine>> FindAsync(string nik, string name, CancellationToken ct)
    {
        var key = IndonesianName.Normalize(name);
        var tenantId = tenant.Id;
        var lines = await reader.ReadAsync(tenantId, hasher.Hash(tenantId, nik), ct);
        return lines.Where(l => l.NameKey == key).ToList();
    }
}

public sealed record CekBansosLine(string NameKey, string ProgramName, string Period, string VillageName, DecisionStatus Status, string OutcomesJson, DateTimeOffset? AppealUntil);

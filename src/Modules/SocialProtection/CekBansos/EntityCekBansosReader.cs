using Microsoft.EntityFrameworkCore;
using Pamong.SocialProtection.Data;

namespace Pamong.SocialProtection.CekBansos;

/// <summary>The lookup through the module's context: on SQLite, where there is no connection pool to share.</summary>
internal sealed class EntityCekBansosReader(PerlinsosDb db) : ICekBansosReader
{
    public async Task<IReadOnlyList<CekBansosLine>> ReadAsync(string tenantId, string nikHash, CancellationToken ct) =>
        await db.CekBansos.AsNoTracking().Where(e => e.TenantId == tenantId && e.NikHash == nikHash)
            .Select(e => new CekBansosLine(e.NameKey, e.ProgramName, e.Period, e.VillageName, e.Status, e.OutcomesJson, e.AppealUntil))
            .ToListAsync(ct);
}

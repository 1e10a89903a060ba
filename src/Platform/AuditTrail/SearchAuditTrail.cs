using Microsoft.EntityFrameworkCore;
using Pamong.Platform.Data;
using Pamong.Platform.Web;

namespace Pamong.Platform.AuditTrail;

/// <summary>One page of the current tenant's audit records that match a filter, newest first.</summary>
public sealed class SearchAuditTrail(PamongDb db)
{
    public async Task<Paged<AuditRecord>> RunAsync(AuditFilter filter, int? page, int? pageSize, CancellationToken ct = default)
    {
        var (number, size) = Paging.Clamp(page, pageSize);
        var records = filter.Apply(db.AuditRecords.AsNoTracking());
        var total = await records.CountAsync(ct);
        var items = await records.OrderByDescending(r => r.Sequence).Skip((number - 1) * size).Take(size).ToListAsync(ct);
        return new Paged<AuditRecord>(items, number, size, total);
    }
}

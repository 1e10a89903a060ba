using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pamong.Platform.Accounts;
using Pamong.Platform.Data;

namespace Pamong.Platform.AuditTrail;

[Authorize(Policy = Permissions.ReadAudit)]
public sealed class AuditRecordDetailModel(PamongDb db) : PageModel
{
    public AuditRecord Record { get; private set; } = null!;

    /// <summary>The fields before and after; null when the record holds a free-text detail instead.</summary>
    public IReadOnlyList<FieldChange>? Fields { get; private set; }

    public long? PreviousId { get; private set; }
    public long? NextId { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        var record = await db.AuditRecords.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (record is null)
        {
            return NotFound();
        }

        Record = record;
        Fields = AuditChanges.Fields(record);
        var neighbours = await db.AuditRecords.AsNoTracking()
            .Where(r => r.Sequence == record.Sequence - 1 || r.Sequence == record.Sequence + 1)
            .Select(r => new { r.Id, r.Sequence })
            .ToListAsync(ct);
        PreviousId = neighbours.FirstOrDefault(n => n.Sequence < record.Sequence)?.Id;
        NextId = neighbours.FirstOrDefault(n => n.Sequence > record.Sequence)?.Id;
        return Page();
    }
}

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Pamong.Platform.AuditTrail;
using Pamong.Platform.Data;
using Pamong.Platform.Web;

namespace Pamong.Platform.People.Citizens;

/// <summary>The (masked) resident list of the officer's area as CSV, as the list shows it: no birth dates, NIK masked. The export is logged.</summary>
public sealed class CitizenExport(CitizenSearch search, AuditLog audit, PamongDb db)
{
    public const string Action = "exported";

    public static readonly string[] Header = ["NIK (disamarkan)", "Nama", "Desa/Kelurahan", "Kode wilayah", "RT", "RW"];

    public async Task<byte[]> WriteAsync(ClaimsPrincipal user, string? q, string? village, CancellationToken ct)
    {
        var citizens = await CitizenSearch.Ordered(search.Matching(user, q, village)).ToListAsync(ct);
        var rows = await search.RowsAsync(citizens, ct);
        var filters = System.Text.Json.JsonSerializer.Serialize(new { q, village, rows = rows.Count });
        audit.Record(Action, nameof(Citizen), null, detail: filters);
        await db.SaveChangesAsync(ct);
        return CsvExport.Write(Header, rows.Select(r => new[] { r.Nik, r.FullName, r.VillageName, r.VillageCode, r.Rt, r.Rw }));
    }

    public static string FileName(DateTimeOffset now) => $"penduduk-{now:yyyyMMdd}.csv";
}
